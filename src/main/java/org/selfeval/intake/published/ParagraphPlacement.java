package org.selfeval.intake.published;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.selfeval.intake.Target;
import org.selfeval.intake.Targets;
import org.selfeval.profile.OutlinePart;
import org.selfeval.profile.OutlineSection;

/**
 * Puts the paragraphs under each heading found into the report's text targets (段落归位), in the
 * clerk's own wording: one section's paragraphs joined by line breaks; 年度主要工作任务 and 部门整体履职绩效分析
 * give their opening paragraph (the 一是…/（一）… items have no target and are named in a notice);
 * 特定目标类项目 整体情况 is cut into its 一是…六是 items. A section of the outline not found, a section
 * without text, and paragraphs that fit nowhere go to what was not found.
 */
final class ParagraphPlacement {
    private static final Pattern ATTACHMENT = Pattern.compile("^附件|\\.(?:xlsx|xls|docx|doc|pdf|wps|et)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Map<OutlinePart, Target<String>> PLAIN = new EnumMap<>(Map.ofEntries(
            Map.entry(OutlinePart.ORGANIZATION, Targets.ORGANIZATION),
            Map.entry(OutlinePart.FUNCTIONS, Targets.FUNCTIONS),
            Map.entry(OutlinePart.STAFFING, Targets.STAFFING_TEXT),
            Map.entry(OutlinePart.TARGETS, Targets.TARGETS_TEXT),
            Map.entry(OutlinePart.INCOME, Targets.INCOME_TEXT),
            Map.entry(OutlinePart.EXPENDITURE, Targets.EXPENDITURE_TEXT),
            Map.entry(OutlinePart.CARRYOVER, Targets.CARRYOVER_TEXT),
            Map.entry(OutlinePart.INTERNAL_USE, Targets.INTERNAL_USE),
            Map.entry(OutlinePart.DISCLOSURE, Targets.DISCLOSURE),
            Map.entry(OutlinePart.RECTIFICATION, Targets.RECTIFICATION),
            Map.entry(OutlinePart.CONCLUSION, Targets.CONCLUSION_TEXT),
            Map.entry(OutlinePart.PROBLEMS, Targets.PROBLEMS),
            Map.entry(OutlinePart.SUGGESTIONS, Targets.SUGGESTIONS)));

    private final Findings findings;
    /** Paragraphs under headings that hold no part, in order, and the heading each run starts under. */
    private final List<String> loose = new ArrayList<>();
    private final Map<String, String> looseWhere = new java.util.HashMap<>();

    ParagraphPlacement(Findings findings) {
        this.findings = findings;
    }

    /** The paragraphs of each part found (attachments left out), for reading figures from them. */
    Map<OutlinePart, List<String>> place(OutlineMatch match) {
        Map<OutlinePart, List<String>> parts = new EnumMap<>(OutlinePart.class);
        Map<OutlineSection, OutlineMatch.Placed> found = match.bySection();
        for (OutlineMatch.Node node : match.nodes()) {
            OutlineMatch.Placed placed = found.get(node.section());
            List<OutlinePart> its = node.section().parts();
            if (placed == null) {
                if (!its.isEmpty()) {
                    findings.notFound("没有找到标题“" + node.where() + "”，这一节的内容没有导入");
                }
                continue;
            }
            List<String> body = withoutAttachments(placed.body());
            if (its.isEmpty()) {
                loose.addAll(body);
                if (!body.isEmpty()) {
                    looseWhere.put(body.get(0), node.where());
                }
                continue;
            }
            if (body.isEmpty()) {
                findings.notFound("“" + node.where() + "”标题下没有正文");
                continue;
            }
            parts.put(its.get(0), body);
            place(its.get(0), body, node.where());
        }
        if (!match.stray().isEmpty()) {
            looseWhere.put(match.stray().get(0), "提纲以外的标题");
            loose.addAll(match.stray());
        }
        placeByContent(parts);
        return parts;
    }

    /**
     * Paragraphs under a heading that holds no part of its own ("一、基本情况" before its sections) that
     * state 收入 or 支出 figures go to 收入 / 支出 when the report has no such section; the others fit nowhere.
     */
    private void placeByContent(Map<OutlinePart, List<String>> parts) {
        Map<OutlinePart, List<String>> byContent = new EnumMap<>(OutlinePart.class);
        String where = null;
        int unplaced = 0;
        String first = null;
        List<String> headings = new ArrayList<>();
        for (String p : loose) {
            where = looseWhere.getOrDefault(p, where);
            OutlinePart part = FigureMapping.statesFiguresOf(p);
            if (Heading.of(p).filter(h -> h.level() > 0 && h.rest().isEmpty()).isPresent()) {
                headings.add(p);
            } else if (part != null && !parts.containsKey(part)) {
                byContent.computeIfAbsent(part, k -> new ArrayList<>()).add(p);
            } else {
                unplaced++;
                if (first == null) {
                    first = "“" + where + "”标题下";
                    findings.notFound(first + "有段落不属于可导入的内容，没有导入：" + Wording.shorten(p));
                }
            }
        }
        if (unplaced > 1) {
            findings.notFound("共有 " + unplaced + " 段不在提纲的任何一节中，没有导入");
        }
        if (!headings.isEmpty()) {
            findings.notFound("提纲中没有这些标题，其下的段落按内容归入或没有导入：" + String.join("、", headings.stream().map(Wording::shorten).toList()));
        }
        byContent.forEach((part, body) -> {
            parts.put(part, body);
            findings.add(PLAIN.get(part), String.join("\n", body), "按内容归入（报告中没有这一节的标题）");
        });
    }

    private void place(OutlinePart part, List<String> body, String where) {
        Target<String> plain = PLAIN.get(part);
        if (plain != null) {
            findings.add(plain, String.join("\n", body), where);
            return;
        }
        switch (part) {
            case TASKS -> opening(Targets.TASKS_INTRO, body, where, "分项工作任务");
            case DUTY -> opening(Targets.DUTY_INTRO, body, where, "分项履职情况");
            case OVERALL -> overall(body, where);
            default -> {
                // LARGE_PROJECTS: read as projects by ProjectLines
            }
        }
    }

    /** The opening paragraph into its target; the items after it are named in a notice. */
    private void opening(Target<String> target, List<String> body, String where, String items) {
        String first = body.get(0);
        boolean opensWithItem = RunInItems.opensWithItem(first) || Heading.of(first).map(h -> h.level() > 0).orElse(false);
        int rest = body.size();
        if (!opensWithItem) {
            findings.add(target, first, where);
            rest--;
        }
        if (rest > 0) {
            findings.notice("“" + where + "”的 " + rest + " 段" + items + "（一是…… / （一）……）没有对应的导入位置，未导入，请在该节逐项填写");
        }
    }

    /** 一是 绩效目标制定 … 六是 资金结余率和违规记录, each into its target. */
    private void overall(List<String> body, String where) {
        List<RunInItems.Item> items = RunInItems.of(String.join("\n", body));
        List<String> unplaced = new ArrayList<>();
        for (RunInItems.Item item : items) {
            Target<String> target = overallTarget(item.title());
            if (target == null || item.text().isEmpty()) {
                unplaced.add(item.title());
            } else {
                findings.add(target, item.text(), where + " · " + item.title());
            }
        }
        if (items.isEmpty()) {
            body.stream().filter(p -> p.contains("指标")).findFirst()
                    .ifPresentOrElse(p -> findings.add(Targets.GOAL_ACHIEVEMENT_TEXT, p, where),
                            () -> findings.notFound("“" + where + "”中没有“一是……二是……”分项，也没有写明绩效指标完成情况的段落，没有导入"));
        }
        if (!unplaced.isEmpty()) {
            findings.notFound("“" + where + "”中的分项" + String.join("、", unplaced) + "没有对应的导入位置，未导入");
        }
    }

    private static Target<String> overallTarget(String title) {
        if (title.contains("目标制定") || title.contains("目标设定") || title.contains("目标编制")) {
            return Targets.TARGET_SETTING;
        }
        if (title.contains("目标实现") || title.contains("目标完成")) {
            return Targets.GOAL_ACHIEVEMENT_TEXT;
        }
        if (title.contains("支出控制") || title.contains("成本控制")) {
            return Targets.SPENDING_CONTROL_TEXT;
        }
        if (title.contains("处置")) {
            return Targets.TIMELY_HANDLING;
        }
        if (title.contains("预算完成") || title.contains("预决算公开")) {
            return Targets.BUDGET_COMPLETION;
        }
        if (title.contains("结余") || title.contains("违规")) {
            return Targets.SURPLUS_AND_VIOLATIONS;
        }
        return null;
    }

    private List<String> withoutAttachments(List<String> body) {
        List<String> kept = new ArrayList<>();
        for (String p : body) {
            if (ATTACHMENT.matcher(p).find()) {
                findings.notice("附件“" + Wording.shorten(p) + "”没有导入：附件的自评表请另行导入");
            } else {
                kept.add(p);
            }
        }
        return kept;
    }
}
