package org.selfeval.ui.chapter;

import org.selfeval.model.Report;

/** The sentences the forms show as generated text, from org.selfeval.narrative. */
final class GeneratedTexts {
    private GeneratedTexts() {
    }

    static String income(Report r) {
        return "";
    }

    static String expenditure(Report r) {
        return "";
    }

    static String carryover(Report r) {
        return "";
    }

    static String conclusion(Report r) {
        return "";
    }
}
