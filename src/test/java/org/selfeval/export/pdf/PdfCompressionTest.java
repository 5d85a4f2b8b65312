package org.selfeval.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported PDF's streams are deflated at zlib's fastest level (the export's speed, PdfExporter). */
class PdfCompressionTest {
    @TempDir
    Path dir;

    @Test
    void everyPageContentStreamIsDeflatedAtTheFastestLevel() throws Exception {
        try (PDDocument doc = ExportedSample.open(dir)) {
            int streams = 0;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var contents = doc.getPage(i).getContentStreams();
                while (contents.hasNext()) {
                    COSStream stream = contents.next().getCOSObject();
                    assertThat(stream.getFilters()).as("page %d", i + 1).isEqualTo(COSName.FLATE_DECODE);
                    try (InputStream raw = stream.createRawInputStream()) {
                        byte[] header = raw.readNBytes(2);
                        // a zlib header: 0x78, then FLEVEL in the top two bits (0 = fastest; default 0x9C)
                        assertThat(header[0]).as("page %d", i + 1).isEqualTo((byte) 0x78);
                        assertThat((header[1] & 0xff) >> 6).as("page %d: compression level", i + 1).isZero();
                    }
                    streams++;
                }
            }
            assertThat(streams).isGreaterThanOrEqualTo(doc.getNumberOfPages());
        }
    }
}
