package org.selfeval.export.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts: at most 31 characters, none of \ / ? * [ ] :, no apostrophe at either
 * end, not "History", and unique in the workbook regardless of case.
 */
final class SheetNames {
    static final int MAX = 31;
    private final Set<String> used = new HashSet<>();

    String unique(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            name = cut(base, MAX - suffix.length()) + suffix;
        }
        used.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    static String clean(String wanted) {
        String s = wanted == null ? "" : wanted.replaceAll("[\\\\/?*\\[\\]:\\p{Cntrl}]", "_").strip();
        s = cut(s, MAX);
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isBlank() || s.equalsIgnoreCase("History")) {
            s = "项目" + s;
        }
        return s;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
