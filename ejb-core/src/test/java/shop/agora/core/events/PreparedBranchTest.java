package shop.agora.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.agora.core.events.PreparedBranch.Decision;

class PreparedBranchTest {

    private static final UUID CONFIRMED = UUID.fromString("2f0c8a52-6d8e-4a3e-9d43-1c9b0f7e2a11");
    private static final UUID UPDATED = UUID.fromString("7a1d4c36-0b5e-4f7a-8e21-5d6c3b2a1f00");

    /** Two branches as the broker's management lists them: one of ours sending two events, one of another party. */
    private static final String LISTING = """
            [{"creation_time":"11/22/26, 3:22 AM","xid_as_base64":"AAAA+ours==","xid_format_id":131077,
              "xid_global_txid":"g","xid_branch_qual":"b",
              "tx_related_messages":[
                {"message_operation_type":"(+) send","message_type":"TextMessage",
                 "message_properties":{"address":"agora.order-confirmed","agoraEventId":"%s",
                                       "agoraEventType":"OrderConfirmed","durable":true}},
                {"message_operation_type":"(+) send","message_type":"TextMessage",
                 "message_properties":{"address":"agora.inventory-updated","agoraEventId":"%s"}}]},
             {"creation_time":"11/22/26, 3:23 AM","xid_as_base64":"BBBB+theirs==","xid_format_id":1,
              "tx_related_messages":[
                {"message_operation_type":"(+) send","message_type":"Default",
                 "message_properties":{"address":"billing.invoices"}}]}]
            """.formatted(CONFIRMED, UPDATED);

    @Test
    void readsEachBranchWithTheEventsItSends() {
        List<PreparedBranch> branches = PreparedBranch.parse(LISTING);

        assertEquals(2, branches.size());
        assertEquals("AAAA+ours==", branches.get(0).xid());
        assertEquals(Set.of(CONFIRMED, UPDATED), branches.get(0).sent());
        assertTrue(branches.get(0).ours());
        assertFalse(branches.get(1).ours(), "a message without an event id is not the application's");
    }

    @Test
    void noPreparedBranchesIsAnEmptyAnswer() {
        assertEquals(List.of(), PreparedBranch.parse(""));
        assertEquals(List.of(), PreparedBranch.parse("[]"));
    }

    @Test
    void readsEventsTakenByAConsumerAndIdsListedUnderProperties() {
        String listing = """
                [{"xid_as_base64":"CCCC","tx_related_messages":[
                   {"message_operation_type":"(-) receive","message_properties":{"properties":{"agoraEventId":"%s"}}},
                   {"message_operation_type":"(-) receive","message_properties":{"agoraEventId":"not an id"}}]}]
                """.formatted(CONFIRMED);

        PreparedBranch branch = PreparedBranch.parse(listing).get(0);

        assertEquals(Set.of(), branch.sent());
        assertEquals(Set.of(CONFIRMED), branch.received());
    }

    @Test
    void aBranchWhoseEventsAreAllLoggedIsCommitted() {
        PreparedBranch branch = new PreparedBranch("x", Set.of(CONFIRMED, UPDATED), Set.of());

        assertEquals(Decision.COMMIT, branch.decide(Set.of(CONFIRMED, UPDATED), false));
        assertEquals(Decision.COMMIT, branch.decide(Set.of(CONFIRMED, UPDATED), true),
                "a logged event's transaction committed, whatever else the database holds in doubt");
    }

    @Test
    void aBranchWhoseEventsAreNotLoggedIsRolledBackUnlessTheDatabaseMayStillLogThem() {
        PreparedBranch branch = new PreparedBranch("x", Set.of(CONFIRMED), Set.of());

        assertEquals(Decision.ROLLBACK, branch.decide(Set.of(), false));
        assertEquals(Decision.LEAVE, branch.decide(Set.of(), true));
    }

    @Test
    void aBranchWithPartOfItsEventsLoggedIsLeftAlone() {
        assertEquals(Decision.LEAVE, new PreparedBranch("x", Set.of(CONFIRMED, UPDATED), Set.of())
                .decide(Set.of(CONFIRMED), false));
    }

    @Test
    void aBranchThatOnlyTakesEventsIsRolledBackSoTheyComeAgain() {
        assertEquals(Decision.ROLLBACK, new PreparedBranch("x", Set.of(), Set.of(CONFIRMED)).decide(Set.of(), false));
    }

    @Test
    void anotherPartysBranchIsNeverTouched() {
        assertEquals(Decision.LEAVE, new PreparedBranch("x", Set.of(), Set.of()).decide(Set.of(), false));
    }

    @Test
    void theManagementsResultIsUnwrapped() {
        assertEquals("[{\"a\":1}]", InDoubtEvents.result("[\"[{\\\"a\\\":1}]\"]"));
        assertEquals("true", InDoubtEvents.result("[true]"));
        assertEquals("", InDoubtEvents.result("[]"));
    }
}
