package org.selfeval.narrative;

import java.nio.file.Path;
import org.selfeval.document.DocumentOptions;
import org.selfeval.document.PlainText;
import org.selfeval.document.ReportDocumentBuilder;
import org.selfeval.exchange.ReportJson;
import org.selfeval.model.Report;

public class DumpMain {
    public static void main(String[] args) throws Exception {
        Report r = ReportJson.read(Path.of("sample-data/leshan-2023.json"));
        Narrative n = Narrative.of(r);
        n.all().forEach((k, v) -> System.out.println(k + " GEN: " + v.generated()));
        n.projects().forEach(p -> System.out.println("PROJ " + p.full()));
        for (String line : PlainText.render(ReportDocumentBuilder.build(r, DocumentOptions.PREVIEW)).split("\n")) {
            System.out.println(line.length() > 110 ? line.substring(0, 110) + "…" : line);
        }
    }
}
