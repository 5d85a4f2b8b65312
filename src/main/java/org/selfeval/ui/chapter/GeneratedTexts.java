package org.selfeval.ui.chapter;

import org.selfeval.model.Report;
import org.selfeval.narrative.Narrative;
import org.selfeval.narrative.TextField;

/** The sentences the forms show as generated text, from org.selfeval.narrative. */
final class GeneratedTexts {
    private GeneratedTexts() {
    }

    static String of(TextField field, Report r) {
        return Narrative.generate(field, r);
    }

    static String income(Report r) {
        return of(TextField.INCOME, r);
    }

    static String expenditure(Report r) {
        return of(TextField.EXPENDITURE, r);
    }

    static String carryover(Report r) {
        return of(TextField.CARRYOVER, r);
    }

    static String conclusion(Report r) {
        return of(TextField.CONCLUSION, r);
    }
}
