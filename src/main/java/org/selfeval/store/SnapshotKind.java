package org.selfeval.store;

/** Who took a snapshot: the app by itself (pruned to a bound) or the clerk, under a name (kept). */
public enum SnapshotKind {
    AUTO("auto", "自动"),
    NAMED("named", "命名");

    private final String code;
    private final String label;

    SnapshotKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The value stored in the workspace. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    static SnapshotKind ofCode(String code) {
        for (SnapshotKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
