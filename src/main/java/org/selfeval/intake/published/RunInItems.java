package org.selfeval.intake.published;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "一是……二是……" items of a paragraph (分项): each with its title (up to the first "。" or "：")
 * and its text. An item starts at the paragraph's start or after a sentence's end.
 */
final class RunInItems {
    private static final Pattern ITEM = Pattern.compile("(?:^|(?<=[。；;!！?？\\n]))\\s*([一二三四五六七八九十]是)([^。：:；;]{2,24})[。：:；;]?");

    /** One item: "二是目标实现情况。2023年度……" → title 目标实现情况, text 2023年度……. */
    record Item(String title, String text) {
    }

    private RunInItems() {
    }

    static List<Item> of(String text) {
        List<Item> items = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        int bodyStart = -1;
        String title = null;
        while (m.find()) {
            if (title != null) {
                items.add(new Item(title, text.substring(bodyStart, m.start()).strip()));
            }
            title = m.group(2).strip();
            bodyStart = m.end();
        }
        if (title != null) {
            items.add(new Item(title, text.substring(bodyStart).strip()));
        }
        return items;
    }

    /** Whether the paragraph opens with an item ("一是……"). */
    static boolean opensWithItem(String paragraph) {
        Matcher m = ITEM.matcher(paragraph);
        return m.find() && m.start() == 0;
    }
}
