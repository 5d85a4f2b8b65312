package org.selfeval.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.selfeval.model.DepartmentSheet;

/** How a few components of {@link org.selfeval.model.Report} are written: an empty 部门自评表 not at all. */
abstract class ReportMixin {
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptySheet.class)
    abstract DepartmentSheet departmentSheet();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract java.util.List<String> units();

    /** How the sheet's "三公" parts are written: not at all when none is given. */
    abstract static class SheetMixin {
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyParts.class)
        abstract org.selfeval.model.ThreePublicParts threePublicParts();
    }

    /** Jackson's value filter for the parts. */
    static final class EmptyParts {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof org.selfeval.model.ThreePublicParts p && p.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

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
