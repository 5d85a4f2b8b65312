package org.selfeval.export.pdf;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.selfeval.export.SampleDocuments;

/** The sample exported to a PDF in a folder and opened with PDFBox, an independent reader; the caller closes it. */
final class ExportedSample {
    private ExportedSample() {
    }

    static PDDocument open(Path dir) throws Exception {
        Path pdf = dir.resolve("sample.pdf");
        new PdfExporter().export(SampleDocuments.report(), pdf);
        return Loader.loadPDF(pdf.toFile());
    }
}
