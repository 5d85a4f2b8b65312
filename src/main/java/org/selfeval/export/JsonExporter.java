package org.selfeval.export;

import java.io.IOException;
import java.nio.file.Path;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/** Writes the report JSON file (src/site/markdown/report-format.md), atomically. */
public final class JsonExporter implements ReportExporter {
    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void export(Report report, Path target) throws IOException {
        ReportJson.write(report, target);
    }
}
