package org.selfeval.model;

/** Kinds of 编制 and of staff, so that staff of a kind can be compared with its 编制. */
public enum StaffCategory {
    /** 行政编制 / 行政人员 */
    ADMINISTRATIVE("行政"),
    /** 工勤编制 / 机关工勤 */
    WORKER("工勤"),
    /** 事业编制 / 事业人员 */
    INSTITUTION("事业"),
    /** anything else */
    OTHER("其他");

    private final String label;

    StaffCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
