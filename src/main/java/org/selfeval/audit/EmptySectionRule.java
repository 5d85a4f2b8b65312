package org.selfeval.audit;

import java.util.ArrayList;
import java.util.List;
import org.selfeval.model.DepartmentBasics;
import org.selfeval.model.PerformanceManagement;
import org.selfeval.model.ProjectAnalysis;
import org.selfeval.model.Report;
import org.selfeval.model.TextItem;

/**
 * R22: no section has a heading and no content. The app numbers headings itself, so numbering
 * mistakes cannot be written; what remains to check is empty sections and empty list items.
 */
public final class EmptySectionRule implements AuditRule {
    static final String ID = "R22";
    private static final String SOURCE = "GB/T 9704 结构层次序数；标题下应有内容";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(Report report, AuditContext context) {
        List<Finding> out = new ArrayList<>();
        DepartmentBasics b = report.basics();
        empty(out, b.organization(), Location.BASICS, "basics.organization", "一、(一)机构组成");
        empty(out, b.functions(), Location.BASICS, "basics.functions", "一、(二)1.机构职能");
        if (b.staffing().actual().isEmpty() && b.staffing().establishment().isEmpty()) {
            empty(out, b.staffing().text(), Location.BASICS, "basics.staffing", "一、(二)2.人员概况");
        }
        if (b.tasks().items().isEmpty()) {
            empty(out, b.tasks().intro(), Location.BASICS, "basics.tasks", "一、(三)年度主要工作任务");
        }
        items(out, b.tasks().items(), Location.BASICS, "basics.tasks.items", "一、(三)年度主要工作任务");
        if (b.targets().indicators().isEmpty()) {
            empty(out, b.targets().text(), Location.BASICS, "basics.targets", "一、(四)部门整体支出绩效目标");
        }
        PerformanceManagement p = report.performance();
        if (p.duty().items().isEmpty()) {
            empty(out, p.duty().intro(), Location.PERFORMANCE, "performance.duty", "三、(一)部门整体履职绩效分析");
        }
        items(out, p.duty().items(), Location.PERFORMANCE, "performance.duty.items", "三、(一)部门整体履职绩效分析");
        ProjectAnalysis a = p.projectAnalysis();
        String pa = "performance.projectAnalysis.";
        empty(out, a.targetSetting(), Location.PERFORMANCE, pa + "targetSetting", "三、(二)1.一是绩效目标制定情况");
        empty(out, a.timelyHandling(), Location.PERFORMANCE, pa + "timelyHandling", "三、(二)1.四是及时处置情况");
        empty(out, a.budgetCompletion(), Location.PERFORMANCE, pa + "budgetCompletion", "三、(二)1.五是预算完成情况");
        empty(out, a.surplusAndViolations(), Location.PERFORMANCE, pa + "surplusAndViolations", "三、(二)1.六是资金结余率和违规记录等");
        empty(out, p.results().internalUse(), Location.PERFORMANCE, "performance.results.internalUse", "三、(三)1.内部应用");
        empty(out, p.results().disclosure(), Location.PERFORMANCE, "performance.results.disclosure", "三、(三)2.自评公开");
        empty(out, p.results().rectification(), Location.PERFORMANCE, "performance.results.rectification", "三、(三)3.问题整改和应用反馈等情况");
        empty(out, report.conclusion().problems(), Location.CONCLUSION, "conclusion.problems", "四、(二)存在问题");
        empty(out, report.conclusion().suggestions(), Location.CONCLUSION, "conclusion.suggestions", "四、(三)改进建议");
        return out;
    }

    private static void empty(List<Finding> out, String text, String chapter, String path, String heading) {
        if (text != null && text.isBlank()) {
            out.add(new Finding(ID, Severity.WARNING, "“" + heading + "”有标题而没有内容", new Location(chapter, path), SOURCE));
        }
    }

    private static void items(List<Finding> out, List<TextItem> items, String chapter, String path, String heading) {
        for (int i = 0; i < items.size(); i++) {
            TextItem item = items.get(i);
            if (item.title().isBlank() && item.body().isBlank()) {
                out.add(new Finding(ID, Severity.WARNING, "“" + heading + "”第 " + (i + 1) + " 项没有内容",
                        new Location(chapter, path + "[" + i + "]"), SOURCE));
            } else if (item.body().isBlank()) {
                out.add(new Finding(ID, Severity.WARNING, "“" + heading + "”第 " + (i + 1) + " 项“" + item.title() + "”只有标题没有内容",
                        new Location(chapter, path + "[" + i + "].body"), SOURCE));
            }
        }
    }
}
