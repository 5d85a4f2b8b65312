package org.selfeval.review;

/** One finding of a reviewed report, with the file it belongs to. */
public record ReviewFinding(String source, String ruleId, String severity, String message, String location) {
}
