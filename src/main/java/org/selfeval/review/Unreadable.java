package org.selfeval.review;

/** A file of the reviewed folder that could not be read as a report, and why (in Chinese). */
public record Unreadable(String source, String reason) {
}
