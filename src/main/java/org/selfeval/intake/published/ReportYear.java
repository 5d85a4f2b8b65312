package org.selfeval.intake.published;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.selfeval.profile.OutlinePart;

/**
 * The year the report evaluates (评价年度): the year of its title ("……2023年度部门整体支出绩效自评报告"), else
 * the year of its 收入 or 支出 sentence ("2023年度收入合计……").
 */
final class ReportYear {
    private static final Pattern IN_TITLE = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern IN_SENTENCE = Pattern.compile("((?:19|20)\\d{2})\\s*年(?:度)?(?:部门)?(?:决算)?(?:收入|支出)(?:合计|总计)?");

    /** A year and where it was read. */
    record Found(int year, String source) {
    }

    private ReportYear() {
    }

    static Optional<Found> of(Optional<TitleLine.Name> title, Map<OutlinePart, List<String>> parts) {
        if (title.isPresent()) {
            Matcher m = IN_TITLE.matcher(title.get().line());
            if (m.find()) {
                return Optional.of(new Found(Integer.parseInt(m.group(1)), Wording.shorten(title.get().line())));
            }
        }
        for (OutlinePart part : List.of(OutlinePart.INCOME, OutlinePart.EXPENDITURE)) {
            for (String p : parts.getOrDefault(part, List.of())) {
                Matcher m = IN_SENTENCE.matcher(p);
                if (m.find()) {
                    return Optional.of(new Found(Integer.parseInt(m.group(1)), Wording.clause(p, m.start(), m.end())));
                }
            }
        }
        return Optional.empty();
    }
}
