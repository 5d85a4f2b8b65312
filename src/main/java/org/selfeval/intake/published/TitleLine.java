package org.selfeval.intake.published;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The department's name from the report's title or cover (标题中的部门名称): "乐山市营商环境服务管理局2023年度部门整体支出绩效自评报告"
 * → 乐山市营商环境服务管理局 (also with the year first: "2023年度乐山市……局部门整体支出绩效自评报告"); a cover's
 * "部门（单位）名称：……" line. A title broken over two lines is read whole.
 */
final class TitleLine {
    private static final Pattern TITLE = Pattern.compile("^(?:关于)?(.{2,40}?)[（(]?\\d{4}\\s*年(?:度)?[)）]?.*(?:绩效|评价).*报告");
    /** "2023年度乐山市营商环境服务管理局部门整体支出绩效自评报告": the year first. */
    private static final Pattern YEAR_FIRST = Pattern.compile("^[（(]?\\d{4}\\s*年(?:度)?[)）]?(.{2,40}?)(?:部门整体支出|整体支出|部门整体|预算绩效|绩效自评|绩效评价).*报告");
    private static final Pattern COVER = Pattern.compile("(?:部门|单位)[（(]?(?:单位|部门)?[)）]?名称\\s*[:：]\\s*(\\S{2,40})");

    private TitleLine() {
    }

    /** The name and the line it was read from. */
    record Name(String name, String line) {
    }

    static Optional<Name> departmentName(List<String> before) {
        for (String line : before) {
            Matcher c = COVER.matcher(line);
            if (c.find()) {
                return Optional.of(new Name(c.group(1), line));
            }
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < Math.min(3, before.size()); i++) {
            joined.append(before.get(i).replaceAll("\\s+", ""));
            for (Pattern p : List.of(YEAR_FIRST, TITLE)) {
                Matcher t = p.matcher(joined);
                if (t.find()) {
                    return Optional.of(new Name(t.group(1), joined.toString()));
                }
            }
        }
        return Optional.empty();
    }
}
