package org.selfeval.audit;

/** How serious a finding is. */
public enum Severity {
    /** 错误: must be fixed. */
    ERROR("错误"),
    /** 警告: must be fixed or explained (说明). */
    WARNING("警告"),
    /** 提示: information. */
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
