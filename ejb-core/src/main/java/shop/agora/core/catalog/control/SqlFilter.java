package shop.agora.core.catalog.control;

import java.util.ArrayList;
import java.util.List;

/** A piece of a WHERE clause with its positional parameters, so filters can be combined without string-pasting values. */
final class SqlFilter {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    SqlFilter and(String condition, Object... values) {
        sql.append(" and ").append(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** {@code column in (?, ?, ...)} for a non-empty list. */
    SqlFilter andIn(String column, List<?> values) {
        if (values.isEmpty()) {
            return this;
        }
        sql.append(" and ").append(column).append(" in (");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        parameters.addAll(values);
        return this;
    }

    /** Appends all conditions of another filter. */
    SqlFilter andAll(SqlFilter other) {
        sql.append(other.sql);
        parameters.addAll(other.parameters);
        return this;
    }

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }
}
