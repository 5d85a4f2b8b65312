package org.selfeval.export.pdf;

/**
 * GB/T 9704-2012 measures in PDF points (1 mm = 72 / 25.4 pt): A4, 天头 37 mm, 订口 28 mm, 版心
 * 156 × 225 mm, 22 lines of 28 characters in 3号 (16 pt).
 */
public final class GbtLayout {
    public static final float MM = 72f / 25.4f;

    public static final float PAGE_WIDTH = 210 * MM;
    public static final float PAGE_HEIGHT = 297 * MM;
    public static final float TOP = 37 * MM;
    public static final float LEFT = 28 * MM;
    public static final float BLOCK_WIDTH = 156 * MM;
    public static final float BLOCK_HEIGHT = 225 * MM;
    public static final float RIGHT = PAGE_WIDTH - LEFT - BLOCK_WIDTH;
    public static final float BOTTOM = PAGE_HEIGHT - TOP - BLOCK_HEIGHT;

    /** 2号. */
    public static final float TITLE_SIZE = 22f;
    /** 3号. */
    public static final float BODY_SIZE = 16f;
    /** 4号, page numbers. */
    public static final float PAGE_NUMBER_SIZE = 14f;
    /** 小四, cells of the ruled tables. */
    public static final float TABLE_SIZE = 12f;
    /** 五号, cells of the landscape self-evaluation tables. */
    public static final float FORM_SIZE = 10.5f;

    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;
    /** Fixed line pitch: 225 mm / 22 lines ≈ 28.97 pt. */
    public static final float LEADING = BLOCK_HEIGHT / LINES_PER_PAGE;
    /**
     * Extra space after each 3号 character so that exactly 28 fill the 156 mm line (slightly negative:
     * 28 × 16 pt is 5.8 pt wider than the 版心); a hair less so rounding never pushes the 28th off.
     */
    public static final float CHAR_SPACING = BLOCK_WIDTH / CHARS_PER_LINE - BODY_SIZE - 0.01f;
    /** 左空二字. */
    public static final float INDENT = 2 * (BODY_SIZE + CHAR_SPACING);
    /** The page number's dash line (一字线) sits 7 mm below the 版心 (§7.5). */
    public static final float PAGE_NUMBER_DROP = 7 * MM;

    /**
     * Landscape pages of the 自评表 (§8): the portrait 版心 turned, 225 × 156 mm. The sheet is bound with
     * the table's head at the 订口, so the table's top edge is the sheet's left (28 mm), its left edge
     * the sheet's foot (35 mm), its right edge the sheet's head (37 mm), its foot the sheet's right (26 mm).
     */
    public static final float LANDSCAPE_TOP = LEFT;
    public static final float LANDSCAPE_LEFT = BOTTOM;
    public static final float LANDSCAPE_RIGHT = TOP;
    public static final float LANDSCAPE_BOTTOM = RIGHT;

    private GbtLayout() {
    }
}
