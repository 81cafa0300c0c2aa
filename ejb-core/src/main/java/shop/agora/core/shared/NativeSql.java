package shop.agora.core.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.stream.Collectors;

/** The two conversions native queries need: a list of ids as a parameter, and a timestamp column as an Instant. */
public final class NativeSql {

    private NativeSql() {
    }

    /** Ids as a PostgreSQL array literal, for {@code where id = any(cast(? as bigint[]))}. */
    public static String bigints(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** A timestamptz value as the JDBC driver returns it (Timestamp or OffsetDateTime), or null. */
    public static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return value instanceof Instant instant ? instant : null;
    }
}
