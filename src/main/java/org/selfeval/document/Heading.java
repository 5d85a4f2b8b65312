package org.selfeval.document;

/**
 * A numbered heading. GB/T 9704 levels: 1 "一、" 黑体, 2 "（一）" 楷体, 3 "1." 仿宋, 4 "（1）" 仿宋.
 *
 * @param level 1 to 4
 * @param label the number as printed, e.g. "一、", "（二）", "3."; made by the app, never typed
 * @param title the heading text without its number
 */
public record Heading(int level, String label, String title) implements Block {
    public Heading {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("heading level " + level);
        }
    }

    public String text() {
        return label + title;
    }
}
