package org.selfeval.exchange;

/**
 * A report file that cannot be read, with a message in Chinese that names the file and the field.
 * Never carries a stack trace to the user: {@link #getMessage()} is the whole story.
 */
public class ReportFormatException extends Exception {
    private final String source;
    private final String field;

    public ReportFormatException(String source, String field, String detail) {
        super(compose(source, field, detail));
        this.source = source;
        this.field = field;
    }

    private static String compose(String source, String field, String detail) {
        StringBuilder sb = new StringBuilder();
        sb.append("无法读取报告文件 ").append(source);
        if (field != null && !field.isEmpty()) {
            sb.append("，字段 ").append(field);
        }
        return sb.append("：").append(detail).toString();
    }

    /** The file (or other source) that was read. */
    public String source() {
        return source;
    }

    /** The JSON path of the faulty field, e.g. report.finances.income.GENERAL_PUBLIC_BUDGET; may be empty. */
    public String field() {
        return field;
    }
}
