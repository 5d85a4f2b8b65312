package org.selfeval.export.docx;

import java.nio.file.Path;
import org.selfeval.exchange.ReportJson;

/** Writes the sample DOCX to look at; argument: output file. */
public final class DocxSampleMain {
    private DocxSampleMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/sample.docx");
        new DocxExporter().export(ReportJson.read(Path.of("sample-data/leshan-2023.json")), out);
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
