package org.selfeval.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/** Writes the report JSON file (src/site/markdown/report-format.md), atomically ({@link AtomicOutput}). */
public final class JsonExporter implements ReportExporter {
    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void export(Report report, Path target) throws IOException {
        byte[] json = ReportJson.write(report).getBytes(StandardCharsets.UTF_8);
        AtomicOutput.write(target, out -> out.write(json));
    }
}
