package org.selfeval.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a count followed by its list: in brackets "N个(甲、乙)", after a colon "N个:甲、乙", or after
 * "即" / "分别为" / "分别是" / "包括" ("内设2个中队,即甲、乙"). Items are split at the 、 outside
 * brackets; a bracketed list ends at its closing bracket, another at 。 ; , or the end.
 */
final class Lists {
    private static final String COUNTED = "[个项类科室处股所队]";
    private static final Pattern HEAD = Pattern.compile("((?:\\d+\\s*" + COUNTED + "\\s*){1,3})([^\\d,。;:()]{0,8}?)"
            + "(\\(|:|,?\\s*(?:即|分别为|分别是|包括)\\s*:?)");
    private static final Pattern ITEM_COUNT = Pattern.compile("(\\d+)\\s*[个项类名人]");
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*" + COUNTED);

    private Lists() {
    }

    static List<ListCount> in(String text) {
        List<ListCount> out = new ArrayList<>();
        if (text.indexOf('、') < 0) {
            return out;
        }
        Matcher m = HEAD.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            boolean bracket = m.group(3).equals("(");
            int end = listEnd(text, m.end(), bracket);
            String body = text.substring(m.end(), end);
            from = Math.max(m.end(), end);
            List<String> items = split(body);
            if (items.size() < 2) {
                continue;
            }
            int said = 0;
            Matcher part = PART.matcher(m.group(1));
            while (part.find()) {
                said += Integer.parseInt(part.group(1));
            }
            String last = items.get(items.size() - 1);
            boolean open = last.endsWith("等") || last.endsWith("等等") || body.contains("等单位") || body.endsWith("等");
            out.add(new ListCount(m.group(1).replaceAll("\\s+", ""), said, items, listed(items), open));
        }
        return out;
    }

    /** The number of items, or the sum of their counts when each item states one. */
    private static int listed(List<String> items) {
        int sum = 0;
        for (String item : items) {
            Matcher m = ITEM_COUNT.matcher(item);
            if (!m.find()) {
                return items.size();
            }
            sum += Integer.parseInt(m.group(1));
        }
        return sum;
    }

    private static int listEnd(String text, int from, boolean bracket) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (depth == 0 && (c == '。' || c == ';' || c == '\n' || (!bracket && (c == ',' || c == ':')))) {
                return i;
            }
        }
        return text.length();
    }

    private static List<String> split(String body) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        StringBuilder item = new StringBuilder();
        for (char c : body.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (c == '、' && depth == 0) {
                items.add(item.toString().strip());
                item.setLength(0);
            } else {
                item.append(c);
            }
        }
        items.add(item.toString().strip());
        items.removeIf(String::isEmpty);
        return items;
    }
}
