package org.selfeval.store;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.IncomeSource;
import org.selfeval.model.Report;

/**
 * Child process of {@link KilledWhileSavingTest}: saves version 1, 2, 3 … of the sample report into
 * a workspace and prints "saved N" after each committed save, until it is killed.
 */
public final class SaveLoop {
    private SaveLoop() {
    }

    /** Version n of the report: figures, text and the number of projects all change with n. */
    public static Report version(Report sample, int n) {
        return sample
                .withFinances(sample.finances().withIncome(IncomeSource.OTHER, new BigDecimal(n).movePointLeft(2)))
                .withConclusion(sample.conclusion().withProblems("第 " + n + " 次保存"))
                .withProjects(sample.projects().subList(0, 1 + n % sample.projects().size()));
    }

    public static void main(String[] args) throws Exception {
        Report sample = ReportJson.read(Path.of(args[0]));
        int max = Integer.parseInt(args[2]);
        try (SqliteWorkspace ws = SqliteWorkspace.open(Path.of(args[1]))) {
            for (int n = 1; n <= max; n++) {
                ws.save(version(sample, n));
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }
}
