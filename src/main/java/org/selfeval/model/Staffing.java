package org.selfeval.model;

import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.List;

/**
 * (二)2.人员概况. The total of staff is not stored: it is the sum of {@code actual}; a total the
 * clerk wrote in {@code text} is checked against that sum.
 *
 * @param establishment   核定编制 by kind
 * @param leadershipPosts 领导职数
 * @param actual          年末实有在职人员 by kind
 * @param longTermHired   另有长期聘用人员; null = not stated
 * @param text            the paragraph as written; null = generated
 * @param retirees        离退休人员, not part of the in-service staff; null = not stated
 */
@RecordBuilder
public record Staffing(
        List<Headcount> establishment,
        List<LeadershipPost> leadershipPosts,
        List<Headcount> actual,
        Integer longTermHired,
        String text,
        Integer retirees) implements StaffingBuilder.With {
    public static final Staffing EMPTY = new Staffing(null, null, null, null, null);

    /** Staffing without 离退休人员 stated. */
    public Staffing(List<Headcount> establishment, List<LeadershipPost> leadershipPosts, List<Headcount> actual,
                    Integer longTermHired, String text) {
        this(establishment, leadershipPosts, actual, longTermHired, text, null);
    }

    public Staffing {
        establishment = establishment == null ? List.of() : List.copyOf(establishment);
        leadershipPosts = leadershipPosts == null ? List.of() : List.copyOf(leadershipPosts);
        actual = actual == null ? List.of() : List.copyOf(actual);
        if (retirees != null && retirees < 0) {
            throw new IllegalArgumentException("离退休人员人数不能为负数：" + retirees);
        }
        if (longTermHired != null && longTermHired < 0) {
            throw new IllegalArgumentException("长期聘用人员人数不能为负数：" + longTermHired);
        }
    }

    /** 年末实有在职人员 as the sum of the kinds. */
    public int actualTotal() {
        return actual.stream().mapToInt(Headcount::count).sum();
    }

    public int establishmentOf(StaffCategory category) {
        return establishment.stream().filter(h -> h.category() == category).mapToInt(Headcount::count).sum();
    }

    public int actualOf(StaffCategory category) {
        return actual.stream().filter(h -> h.category() == category).mapToInt(Headcount::count).sum();
    }
}
