package org.selfeval.narrative;

/**
 * One prose field: what the app generates from the figures and what the clerk wrote, if anything.
 *
 * @param field     which field
 * @param generated the sentence(s) made from the figures; "" when there are no figures to state
 * @param custom    the clerk's own wording, or null when the generated text is used
 */
public record NarrativeText(TextField field, String generated, String custom) {
    public NarrativeText {
        generated = generated == null ? "" : generated;
    }

    /** The text that is printed: the clerk's wording wins over the generated text. */
    public String effective() {
        return custom != null ? custom : generated;
    }

    public boolean isCustom() {
        return custom != null;
    }

    /** True when the clerk's wording differs from what would be generated (ignoring whitespace). */
    public boolean differsFromGenerated() {
        return custom != null && !custom.strip().equals(generated.strip());
    }
}
