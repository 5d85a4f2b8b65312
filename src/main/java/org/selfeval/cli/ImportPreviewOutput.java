package org.selfeval.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import org.selfeval.intake.Found;
import org.selfeval.intake.ImportPreview;
import org.selfeval.model.Money;
import org.selfeval.model.Project;
import org.selfeval.model.Report;
import org.selfeval.recognise.Figure;
import org.selfeval.recognise.Recogniser;

/** Prints an import preview for the clerk (text) or for a program (JSON): each item old → new with its source. */
final class ImportPreviewOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ImportPreviewOutput() {
    }

    static void text(PrintWriter out, ImportPreview preview, Report into, String intoName) {
        out.println("导入预览：" + preview.fileName() + "（" + preview.kind().label() + "）→ " + intoName);
        int changes = 0;
        for (Found<?> f : preview.found()) {
            boolean changed = f.changes(into);
            changes += changed ? 1 : 0;
            out.println((changed ? "  * " : "    ") + f.target().label() + "：" + f.before(into) + " → " + f.after()
                    + (f.source().isEmpty() ? "" : "　〔" + f.source() + "〕"));
        }
        for (String s : preview.notFound()) {
            out.println("  未找到：" + s);
        }
        for (String s : preview.notices()) {
            out.println("  注意：" + s);
        }
        out.println("共识别 " + preview.found().size() + " 项，其中 " + changes + " 项（* 标出）与当前内容不同。");
    }

    static String json(ImportPreview preview, Report into, String intoId) throws com.fasterxml.jackson.core.JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", preview.fileName());
        root.put("kind", preview.kind().name());
        root.put("kindLabel", preview.kind().label());
        if (intoId == null) {
            root.putNull("report");
        } else {
            root.put("report", intoId);
        }
        ArrayNode items = root.putArray("items");
        for (Found<?> f : preview.found()) {
            ObjectNode o = items.addObject();
            o.put("key", f.target().key().value());
            o.put("field", f.target().label());
            value(o, f.value());
            o.put("before", f.before(into));
            o.put("after", f.after());
            o.put("changes", f.changes(into));
            o.put("source", f.source());
            if (f.value() instanceof String s) {
                ArrayNode figures = o.putArray("figures");
                for (Figure g : Recogniser.read(s).figures()) {
                    ObjectNode n = figures.addObject();
                    n.put("label", g.label());
                    n.put("kind", g.kind().name());
                    n.put("value", g.value().toPlainString());
                    n.put("shown", g.shown());
                }
            }
        }
        preview.notFound().forEach(root.putArray("notFound")::add);
        preview.notices().forEach(root.putArray("notices")::add);
        return JSON.writeValueAsString(root);
    }

    private static void value(ObjectNode o, Object v) {
        if (v instanceof BigDecimal b) {
            o.put("value", Money.exact(b));
        } else if (v instanceof Integer i) {
            o.put("value", i);
        } else if (v instanceof Project p) {
            o.put("value", p.name());
        } else {
            o.put("value", String.valueOf(v));
        }
    }
}
