package org.selfeval.export.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

/**
 * The landscape 自评表 section's page numbers, read from the DOCX XML: its own odd and even footers,
 * each a vertical text box on the table's left side (GB/T 9704 §8, as the PDF places them) — the dash
 * line 7 mm outside the turned 版心, odd numbers at the lower left ending one character short, even
 * numbers at the upper left one character in.
 */
class DocxLandscapePageNumbersTest {
    private static final Pattern STYLE = Pattern.compile("margin-left:([0-9.]+)pt;margin-top:([0-9.]+)pt;width:([0-9.]+)pt;height:([0-9.]+)pt");
    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void export() throws Exception {
        Report report = ReportJson.read(Path.of("sample-data/leshan-2023.json")).withDepartmentSheet(null);
        file = dir.resolve("r.docx");
        new DocxExporter().export(report, file);
    }

    private static double pt(double mm) {
        return mm * 72 / 25.4;
    }

    @Test
    void landscapeNumbersStandOnTheTablesLeftSideTurnedWithTheSheet() throws Exception {
        try (XWPFDocument doc = DocxXml.open(file)) {
            CTSectPr landscape = doc.getDocument().getBody().getSectPr();
            assertThat(landscape.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
            assertThat(landscape.sizeOfFooterReferenceArray()).isEqualTo(2);
            CTSectPr portrait = doc.getParagraphs().stream().filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .reduce((a, b) -> b).orElseThrow().getCTP().getPPr().getSectPr();
            for (CTHdrFtrRef ref : landscape.getFooterReferenceList()) {
                for (CTHdrFtrRef other : portrait.getFooterReferenceList()) {
                    assertThat(ref.getId()).as("the landscape section has footers of its own").isNotEqualTo(other.getId());
                }
                XWPFFooter footer = (XWPFFooter) doc.getRelationById(ref.getId());
                String xml = footer._getHdrFtr().xmlText();
                boolean odd = ref.getType() == STHdrFtr.DEFAULT;
                assertThat(xml).contains("layout-flow:vertical").contains("mso-position-horizontal-relative:page")
                        .contains("mso-position-vertical-relative:page").contains(" PAGE ").contains("\u2014 ")
                        .contains("w:eastAsia=\"" + DocxStyles.SONG_FACE + "\"").contains("w:val=\"28\"");
                Matcher m = STYLE.matcher(xml);
                assertThat(m.find()).isTrue();
                double left = Double.parseDouble(m.group(1));
                double top = Double.parseDouble(m.group(2));
                double width = Double.parseDouble(m.group(3));
                double height = Double.parseDouble(m.group(4));
                // the line's middle on the dash line: 35 mm (the turned 版心's foot) less 7 mm from the page's left edge
                assertThat(left + width / 2).isCloseTo(pt(35 - 7), within(0.5));
                assertThat(left + width).as("outside the 版心").isLessThan(pt(35));
                if (odd) {
                    assertThat(xml).contains("<w:jc w:val=\"right\"/>");
                    assertThat(top + height).as("ends one character short of the 版心's far end")
                            .isCloseTo(pt(28 + 156) - 14, within(0.5));
                    assertThat(top).as("in the lower half: the table's lower left").isGreaterThan(pt(210) / 2);
                } else {
                    assertThat(xml).contains("<w:jc w:val=\"left\"/>");
                    assertThat(top).as("one character in from the 版心's near end").isCloseTo(pt(28) + 14, within(0.5));
                }
            }
        }
    }
}
