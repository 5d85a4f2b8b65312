package org.selfeval.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Rows for one table, inserted as one JDBC batch of one prepared statement: jOOQ renders the INSERT
 * once and binds each row's values through the same bindings as a single insert (so decimals stay
 * exact text). Call inside the report's transaction.
 */
final class RowBatch {
    private final Table<?> table;
    private final Field<?>[] fields;
    private final List<Object[]> rows = new ArrayList<>();

    RowBatch(Table<?> table, Field<?>... fields) {
        this.table = table;
        this.fields = fields;
    }

    /** Adds one row, its values in the order of the fields. */
    RowBatch add(Object... values) {
        if (values.length != fields.length) {
            throw new IllegalArgumentException(table.getName() + ": " + values.length + " values for " + fields.length + " columns");
        }
        rows.add(values);
        return this;
    }

    void insert(DSLContext db) {
        if (rows.isEmpty()) {
            return;
        }
        BatchBindStep batch = db.batch(db.insertInto(table, fields).values(Collections.nCopies(fields.length, null)));
        for (Object[] row : rows) {
            batch = batch.bind(row);
        }
        batch.execute();
        rows.clear();
    }
}
