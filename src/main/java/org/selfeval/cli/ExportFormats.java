package org.selfeval.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.selfeval.export.JsonExporter;
import org.selfeval.export.ReportExporter;

/**
 * The exporters the {@code export} command offers, one option {@code --<extension> OUT} each.
 * Built in: JSON. Further exporters (PDF, DOCX, XLSX) are added by listing them in
 * {@link #builtIn()} or by naming them in {@code META-INF/services/org.selfeval.export.ReportExporter}
 * (they then need a public no-argument constructor). The first exporter of an extension wins.
 */
public final class ExportFormats {
    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "json", "报告 JSON 文件（可再导入）",
            "pdf", "自评报告 PDF",
            "docx", "自评报告 Word 文档",
            "xlsx", "项目支出绩效自评表 Excel 工作簿");

    private ExportFormats() {
    }

    public static List<ReportExporter> builtIn() {
        return List.of(new JsonExporter());
    }

    /** Built-in exporters, then those registered as services, one per extension. */
    public static List<ReportExporter> all() {
        List<ReportExporter> found = new ArrayList<>(builtIn());
        Iterator<ReportExporter> services = ServiceLoader.load(ReportExporter.class).iterator();
        while (true) {
            try {
                if (!services.hasNext()) {
                    break;
                }
                found.add(services.next());
            } catch (ServiceConfigurationError e) {
                // a listed exporter that is not in this build: the others stay usable
            }
        }
        return distinct(found);
    }

    static List<ReportExporter> distinct(List<ReportExporter> exporters) {
        Map<String, ReportExporter> byExtension = new LinkedHashMap<>();
        for (ReportExporter e : exporters) {
            byExtension.putIfAbsent(e.extension().toLowerCase(java.util.Locale.ROOT), e);
        }
        return List.copyOf(byExtension.values());
    }

    static String describe(String extension) {
        return DESCRIPTIONS.getOrDefault(extension, "导出为 ." + extension + " 文件");
    }
}
