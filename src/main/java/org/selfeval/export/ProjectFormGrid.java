package org.selfeval.export;

import java.util.List;
import java.util.Optional;
import org.selfeval.model.Project;
import org.selfeval.profile.ProjectForm;

/**
 * One project's 项目支出绩效自评表 as a grid of cells with spans, in the layout of the report's regional
 * profile — the Sichuan 510000_0013zp form (domain.md §1.2) or the national 财预〔2020〕10号 form (§1.1) —
 * independent of the file format: the PDF and DOCX writers only draw it. Figures are shown as the
 * forms print them (万元 and scores with two decimals) and as the clerk chose to print them (the
 * computed figure unless a stated one was chosen).
 *
 * @param form                the layout
 * @param columns             how many columns
 * @param columnWeights       relative column widths for a landscape page
 * @param formNumber          the 报表编号 line above the title, if the form has one
 * @param title               the title line(s)
 * @param cells               every cell with its span
 * @param rows                how many rows
 * @param indicatorHeadingRow the row of the 绩效指标 block's column headings: a writer that breaks the
 *                            form over pages repeats it; the block's label cell starts on this row
 * @param signatureLine       the 项目负责人 / 财务负责人 line under the form, if it has one
 */
public record ProjectFormGrid(ProjectForm form, int columns, float[] columnWeights, Optional<String> formNumber,
                              List<String> title, List<Cell> cells, int rows, int indicatorHeadingRow,
                              Optional<String> signatureLine) {

    /** How a cell is drawn: a label or column heading (bold face, centred), prose, or a figure (right). */
    public enum Style { LABEL, HEADER, TEXT, NUMBER, CENTER }

    public record Cell(int row, int column, int rowSpan, int columnSpan, String text, Style style) {
    }

    public ProjectFormGrid {
        cells = List.copyOf(cells);
        title = List.copyOf(title);
        columnWeights = columnWeights.clone();
    }

    /** The form of a project in the given layout, for a report of that year. */
    public static ProjectFormGrid of(Project p, ProjectForm form, int year) {
        return switch (form) {
            case SICHUAN -> new SichuanFormGrid(p, year).build();
            case NATIONAL, ANHUI -> new NationalFormGrid(p, year, form).build();
        };
    }

    @Override
    public float[] columnWeights() {
        return columnWeights.clone();
    }
}
