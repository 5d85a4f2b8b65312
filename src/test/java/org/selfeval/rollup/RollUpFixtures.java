package org.selfeval.rollup;

import org.selfeval.model.Report;

/** The roll-up's invented unit for tests of other packages. */
public final class RollUpFixtures {
    private RollUpFixtures() {
    }

    /** 乐山市政务服务中心, 2023: 332.50 income, 330.20 expenditure, 12 staff, one project. */
    public static Report unit(Report sample) {
        return RollUpTest.unit(sample);
    }
}
