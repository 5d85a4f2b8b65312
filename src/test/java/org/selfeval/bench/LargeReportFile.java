package org.selfeval.bench;

import java.nio.file.Path;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/**
 * Writes the sample grown to P projects × I indicators as a report file, for the command-line export
 * figures of src/test/bench/run.sh: {@code LargeReportFile OUT.json 200 30}.
 */
public final class LargeReportFile {
    private LargeReportFile() {
    }

    public static void main(String[] args) throws Exception {
        Report sample = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        ReportJson.write(LiveRefreshTiming.large(sample, Integer.parseInt(args[1]), Integer.parseInt(args[2])), Path.of(args[0]));
    }
}
