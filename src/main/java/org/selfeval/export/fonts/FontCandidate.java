package org.selfeval.export.fonts;

import java.util.Locale;

/**
 * A font file to look for: its file name (or a file-name prefix), the face index inside a collection,
 * and the Chinese name shown to the clerk.
 */
record FontCandidate(String fileName, boolean prefix, int ttcIndex, String faceName) {
    static FontCandidate file(String fileName, String faceName) {
        return new FontCandidate(fileName.toLowerCase(Locale.ROOT), false, 0, faceName);
    }

    static FontCandidate collection(String fileName, int ttcIndex, String faceName) {
        return new FontCandidate(fileName.toLowerCase(Locale.ROOT), false, ttcIndex, faceName);
    }

    static FontCandidate prefix(String fileNamePrefix, String faceName) {
        return new FontCandidate(fileNamePrefix.toLowerCase(Locale.ROOT), true, 0, faceName);
    }

    boolean matches(String lowerCaseFileName) {
        return prefix ? lowerCaseFileName.startsWith(fileName) : lowerCaseFileName.equals(fileName);
    }
}
