package org.selfeval.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The report as it is printed: the title, numbered blocks, the 附件 line and the signature. Built
 * from a {@code Report} by the narrative layer; the PDF and DOCX writers only lay it out.
 *
 * @param title       e.g. 乐山市营商环境服务管理局2023年度部门整体支出绩效自评报告
 * @param blocks      body in reading order
 * @param attachments names after "附件：", in order (may be empty)
 * @param signature   署名 (the department), may be empty
 * @param date        成文日期, may be null
 */
public record ReportDocument(String title, List<Block> blocks, List<String> attachments, String signature,
                             LocalDate date) {
    public ReportDocument {
        blocks = List.copyOf(blocks);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        signature = signature == null ? "" : signature;
    }
}
