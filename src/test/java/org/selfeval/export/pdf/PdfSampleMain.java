package org.selfeval.export.pdf;

import java.nio.file.Path;
import org.selfeval.export.SampleDocuments;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.model.Report;

/** Writes the sample PDF to look at: mvn exec or java -cp; argument: output file. */
public final class PdfSampleMain {
    private PdfSampleMain() {
    }

    public static void main(String[] args) throws Exception {
        Report report = SampleDocuments.report();
        PdfExporter exporter = args.length > 1 ? new PdfExporter(SampleDocuments::document, FontLocator.forThisMachine()) : new PdfExporter();
        Path out = Path.of(args.length > 0 ? args[0] : "target/sample.pdf");
        exporter.export(report, out);
        exporter.fontChoices().values().forEach(c -> System.out.println(c));
        exporter.fontNotices().forEach(System.out::println);
        System.out.println("wrote " + out.toAbsolutePath());
    }
}
