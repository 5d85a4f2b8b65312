package org.selfeval.recognise;

import java.util.List;

/**
 * A count followed by the list of what it counts: "内设4科1室(办公室、…)", "10个：甲、乙…",
 * "内设2个中队,即文秘调研中队、机要通信中队", "设9个内设机构,分别为:…".
 *
 * @param said   the count as written, e.g. "2个" or "4科1室"
 * @param count  the number it says (4科1室 → 5)
 * @param items  the items listed, split at the top-level 、
 * @param listed how many the list gives: the number of items, or the sum of their own counts when every
 *               item states one ("10个:产出指标5个、效益指标3个、满意度指标2个" → 10)
 * @param open   whether the list ends with 等 (then it need not be complete)
 */
public record ListCount(String said, int count, List<String> items, int listed, boolean open) {
    /** Whether the list enumerates what the count says; "甲、乙和丙" counts as two or three. */
    public boolean agrees() {
        if (open || count == listed) {
            return true;
        }
        String last = items.get(items.size() - 1);
        return listed == items.size() && count == items.size() + 1 && (last.contains("和") || last.contains("及"));
    }
}
