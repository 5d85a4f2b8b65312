package org.selfeval.intake.published;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.selfeval.exchange.ReportFormatException;
import org.selfeval.intake.ImportPreview;
import org.selfeval.intake.IntakeReader;
import org.selfeval.intake.Targets;
import org.selfeval.profile.OutlinePart;
import org.selfeval.profile.RegionalProfile;

/**
 * Reads last year's published self-evaluation report (已发布的自评报告: .txt, .docx, or the text layer of
 * a .pdf) into an import preview: the chapters and sections found by their headings on the outline
 * of the region that fits best, their paragraphs in the report's text targets in the clerk's own
 * wording, and the figures of the standard sentences (收入, 支出, 结转, 人员, 公用经费, 得分, the projects of
 * 三(二)2) in the figure targets. Counts and the grade stay in the wording. Never changes a report.
 */
public final class PublishedReportReader implements IntakeReader {
    private final List<RegionalProfile> profiles;

    public PublishedReportReader() {
        this(RegionalProfile.available());
    }

    /** A reader that tries these outlines only. */
    PublishedReportReader(List<RegionalProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    @Override
    public ImportPreview read(Path file) throws ReportFormatException {
        String name = String.valueOf(file.getFileName());
        SourceFile.checkSize(file, name);
        ReportText text = extract(file, name);
        return read(text, name);
    }

    private static ReportText extract(Path file, String name) throws ReportFormatException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt")) {
            return PlainText.read(file, name);
        }
        if (lower.endsWith(".docx")) {
            return DocxText.read(file, name);
        }
        if (lower.endsWith(".pdf")) {
            return PdfText.read(file, name);
        }
        if (lower.endsWith(".doc") || lower.endsWith(".wps")) {
            throw SourceFile.refusal(name, "是旧版 Word（.doc）或 WPS 文件，无法直接读取；请另存为 .docx 后再导入");
        }
        if (lower.matches(".*\\.(xlsx|xls|et|json|zip|rar|7z|png|jpe?g|gif|bmp|tiff?)$")) {
            throw SourceFile.refusal(name, "只能导入 .txt、.docx 或带文字层的 .pdf 格式的已发布报告");
        }
        // another name (or none): what its first bytes say it is
        return switch (SourceFile.magic(file, name)) {
            case PDF -> PdfText.read(file, name);
            case ZIP -> DocxText.read(file, name);
            case OLE2 -> throw SourceFile.refusal(name, "是旧版 Word（.doc）等 Office 文件，无法直接读取；请另存为 .docx 后再导入");
            case OTHER -> PlainText.read(file, name);
        };
    }

    ImportPreview read(ReportText text, String name) throws ReportFormatException {
        OutlineMatch match = OutlineMatch.best(text.paragraphs(), profiles);
        if (match == null || match.placed().isEmpty()) {
            throw SourceFile.refusal(name, "没有找到自评报告的章节标题（如“一、部门基本情况”“二、部门财政资金收支情况”），"
                    + "不像是部门整体支出绩效自评报告");
        }
        Findings findings = new Findings();
        findings.notices(text.notices());
        findings.notice("按“" + match.profile().name() + "”的提纲识别章节，找到 " + match.placed().size() + " 个标题");
        String department = department(match.before(), findings);
        Map<OutlinePart, List<String>> parts = new ParagraphPlacement(findings).place(match);
        new FigureMapping(findings).read(parts);
        ReportYear.of(title(match.before()), parts).ifPresentOrElse(y -> findings.add(Targets.YEAR, y.year(), y.source()),
                () -> findings.notFound("标题和收支段落中都没有写明评价年度"));
        List<String> projects = parts.get(OutlinePart.LARGE_PROJECTS);
        if (projects != null) {
            new ProjectLines(findings, department).read(projects, "三、(二)2 项目情况");
        }
        return findings.preview(name);
    }

    private static Optional<TitleLine.Name> title(List<String> before) {
        return TitleLine.departmentName(before);
    }

    private static String department(List<String> before, Findings findings) {
        var title = TitleLine.departmentName(before);
        title.ifPresentOrElse(t -> findings.add(Targets.DEPARTMENT_NAME, t.name(), Wording.shorten(t.line())),
                () -> findings.notFound("没有找到报告标题（“××部门××年度部门整体支出绩效自评报告”），部门名称没有导入"));
        List<String> others = before.stream().filter(p -> title.map(t -> !t.line().contains(p.replaceAll("\\s+", ""))).orElse(true)).toList();
        if (!others.isEmpty()) {
            findings.notFound("第一个章节标题之前的 " + others.size() + " 段不属于报告的任何部分，没有导入：" + Wording.shorten(others.get(0)));
        }
        return title.map(TitleLine.Name::name).orElse(null);
    }
}
