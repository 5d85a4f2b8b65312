package org.selfeval.export.fonts;

/**
 * Where a face is used in the printed report (GB/T 9704-2012 §7): the title in 2号小标宋, the body and
 * the third and fourth heading levels in 仿宋, 一、 headings in 黑体, （一） headings in 楷体, page
 * numbers in 宋体.
 */
public enum FontRole {
    TITLE("标题", "方正小标宋简体"),
    BODY("正文", "仿宋"),
    HEADING1("一级标题", "黑体"),
    HEADING2("二级标题", "楷体"),
    PAGE_NUMBER("页码", "宋体");

    private final String label;
    private final String officialFace;

    FontRole(String label, String officialFace) {
        this.label = label;
        this.officialFace = officialFace;
    }

    /** Chinese name of the role, e.g. 正文. */
    public String label() {
        return label;
    }

    /** The face GB/T 9704 asks for, e.g. 仿宋. */
    public String officialFace() {
        return officialFace;
    }
}
