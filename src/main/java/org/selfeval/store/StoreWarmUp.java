package org.selfeval.store;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.sqlite.SQLiteConfig;

/**
 * Runs once, on a thread of its own, what the first read of a workspace needs from the libraries
 * under the store: SQLite's native library, jOOQ's start (its DSL and data types are over a thousand
 * classes) and a query like the report list built, rendered, run and mapped, against a database in
 * memory. Started by the launcher while the window's toolkit comes up, so that the workspace's own
 * opening finds these loaded instead of loading them while the clerk looks at the loading screen.
 * Touches no file but SQLite's native library (unpacked where the launcher said); a failure is only a
 * warm-up not done: the real opening meets it again and reports it.
 */
public final class StoreWarmUp {
    private StoreWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    public static void start() {
        Thread t = new Thread(StoreWarmUp::run, "store-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** The warm-up itself; returns how many rows the query read back (1 when everything worked). */
    static int run() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        try (Connection connection = config.createConnection("jdbc:sqlite::memory:")) {
            DSLContext db = DSL.using(connection, SQLDialect.SQLITE);
            Table<Record> unit = table(name("unit"));
            Table<Record> report = table(name("report"));
            Field<String> unitId = field(name("unit", "id"), SQLDataType.VARCHAR);
            Field<String> unitName = field(name("unit", "full_name"), SQLDataType.VARCHAR);
            Field<String> reportId = field(name("report", "id"), SQLDataType.VARCHAR);
            Field<String> reportUnit = field(name("report", "unit_id"), SQLDataType.VARCHAR);
            Field<Integer> year = field(name("report", "report_year"), SQLDataType.INTEGER);
            Field<String> amount = field(name("report", "amount"), SQLDataType.VARCHAR);
            db.createTable(unit).column(unitId.getUnqualifiedName(), SQLDataType.VARCHAR.notNull())
                    .column(unitName.getUnqualifiedName(), SQLDataType.VARCHAR).execute();
            db.createTable(report).column(reportId.getUnqualifiedName(), SQLDataType.VARCHAR.notNull())
                    .column(reportUnit.getUnqualifiedName(), SQLDataType.VARCHAR)
                    .column(year.getUnqualifiedName(), SQLDataType.INTEGER)
                    .column(amount.getUnqualifiedName(), SQLDataType.VARCHAR).execute();
            db.transaction(cfg -> {
                cfg.dsl().insertInto(unit).columns(unitId, unitName).values("u", "单位").execute();
                cfg.dsl().insertInto(report).columns(reportId, reportUnit, year, amount)
                        .values("r", "u", 2023, new BigDecimal("1123.58").toPlainString()).execute();
            });
            return db.transactionResult(cfg -> cfg.dsl().select(reportId, unitName, year, amount).from(report)
                    .join(unit).on(unitId.eq(reportUnit)).where(reportId.eq("r")).orderBy(unitName, year.desc(), reportId)
                    .fetch(r -> new BigDecimal(r.value4()))).size();
        } catch (SQLException | RuntimeException | LinkageError e) {
            return 0;
        }
    }
}
