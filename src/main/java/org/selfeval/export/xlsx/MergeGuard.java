package org.selfeval.export.xlsx;

import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged blocks of one sheet, checked as they are added: a block of one cell, or one that overlaps
 * a block already merged, is refused, as POI's own check would. POI's check compares every new block
 * with every earlier one (quadratic in a sheet of hundreds of merges); this one looks each cell up once.
 */
final class MergeGuard {
    private final String sheetName;
    private final Set<Long> covered = new HashSet<>();

    MergeGuard(String sheetName) {
        this.sheetName = sheetName;
    }

    /** Records the block; throws when it cannot be merged. */
    void claim(CellRangeAddress block) {
        if (block.getNumberOfCells() < 2) {
            throw new IllegalArgumentException("工作表 " + sheetName + " 的合并区域 " + block.formatAsString() + " 只有一个单元格");
        }
        for (int r = block.getFirstRow(); r <= block.getLastRow(); r++) {
            for (int c = block.getFirstColumn(); c <= block.getLastColumn(); c++) {
                if (!covered.add(((long) r << 16) | c)) {
                    throw new IllegalStateException("工作表 " + sheetName + " 的合并区域 " + block.formatAsString()
                            + " 与已合并的区域重叠");
                }
            }
        }
    }
}
