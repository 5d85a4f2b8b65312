package org.selfeval.ui.forms;

import org.selfeval.model.Report;
import org.selfeval.narrative.Narrative;
import org.selfeval.narrative.TextField;

/** The generated paragraphs the forms show live, from {@code org.selfeval.narrative}. */
public final class Generated {
    private Generated() {
    }

    public static String staffing(Report r) {
        return generate(TextField.STAFFING, r);
    }

    public static String goalAchievement(Report r) {
        return generate(TextField.GOAL_ACHIEVEMENT, r);
    }

    public static String spendingControl(Report r) {
        return generate(TextField.SPENDING_CONTROL, r);
    }

    private static String generate(TextField field, Report r) {
        return Narrative.generate(field, r);
    }
}
