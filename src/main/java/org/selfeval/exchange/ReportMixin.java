package org.selfeval.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.selfeval.model.DepartmentSheet;

/** How a few components of {@link org.selfeval.model.Report} are written: an empty 部门自评表 not at all. */
abstract class ReportMixin {
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptySheet.class)
    abstract DepartmentSheet departmentSheet();

    /** Jackson's value filter: true means "leave it out". */
    static final class EmptySheet {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof DepartmentSheet s && s.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }
}
