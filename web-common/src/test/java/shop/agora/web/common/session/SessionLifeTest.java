package shop.agora.web.common.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionLifeTest {

    private static final int HALF_AN_HOUR = 30 * 60;

    @Test
    void theConfiguredMinutesAreTheBriefLife() {
        assertEquals(3 * 60, SessionLife.briefSeconds("3", HALF_AN_HOUR));
        assertEquals(HALF_AN_HOUR, SessionLife.briefSeconds(" 30 ", HALF_AN_HOUR));
    }

    @Test
    void withoutConfigurationASessionThatHoldsNothingLivesTenMinutes() {
        assertEquals(10 * 60, SessionLife.briefSeconds(null, HALF_AN_HOUR));
    }

    @Test
    void theBriefLifeIsNeverLongerThanTheFullOne() {
        assertEquals(5 * 60, SessionLife.briefSeconds(null, 5 * 60));
        assertEquals(10 * 60, SessionLife.briefSeconds("45", HALF_AN_HOUR));
    }

    @Test
    void whatIsNotAWholeNumberOfMinutesFromOneUpGetsTheDefault() {
        for (String wrong : new String[] {"0", "-5", "2.5", "ten", "", "99999999"}) {
            assertEquals(10 * 60, SessionLife.briefSeconds(wrong, HALF_AN_HOUR), wrong);
        }
    }
}
