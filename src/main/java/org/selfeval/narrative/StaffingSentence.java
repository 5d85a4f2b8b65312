package org.selfeval.narrative;

import java.util.List;
import org.selfeval.model.Headcount;
import org.selfeval.model.LeadershipPost;
import org.selfeval.model.Staffing;

/**
 * 一(二)2 人员概况 from the staffing figures, in the seed's order: 编制 by kind, 领导职数 (posts such as
 * 局长 after "设", counts named "…职数" in a sentence of their own), 年末实有在职人员 as the sum of the
 * kinds with each kind, 长期聘用. Empty parts are left out.
 */
public final class StaffingSentence {
    private StaffingSentence() {
    }

    public static String of(Staffing s) {
        StringBuilder sb = new StringBuilder(160);
        if (!s.establishment().isEmpty()) {
            sb.append("核定");
            joinHeadcounts(sb, s.establishment(), "名", '，');
            sb.append('。');
        }
        posts(sb, s.leadershipPosts(), false);
        posts(sb, s.leadershipPosts(), true);
        if (!s.actual().isEmpty()) {
            sb.append("年末实有在职人员").append(s.actualTotal()).append("人，其中");
            joinHeadcounts(sb, s.actual(), "人", '、');
            sb.append('。');
        }
        Integer hired = s.longTermHired();
        if (hired != null && hired > 0) {
            sb.append("另有长期聘用").append(hired).append("人。");
        }
        Integer retirees = s.retirees();
        if (retirees != null && retirees > 0) {
            sb.append("离退休人员").append(retirees).append("人。");
        }
        return sb.toString();
    }

    private static void joinHeadcounts(StringBuilder sb, List<Headcount> counts, String unit, char separator) {
        for (int i = 0; i < counts.size(); i++) {
            if (i > 0) {
                sb.append(separator);
            }
            Headcount h = counts.get(i);
            sb.append(h.label()).append(h.count()).append(unit);
        }
    }

    private static void posts(StringBuilder sb, List<LeadershipPost> posts, boolean quotas) {
        boolean any = false;
        for (LeadershipPost p : posts) {
            if (p.title().endsWith("职数") != quotas) {
                continue;
            }
            sb.append(any ? "，" : quotas ? "" : "设");
            sb.append(p.title()).append(p.count()).append('名');
            any = true;
        }
        if (any) {
            sb.append('。');
        }
    }
}
