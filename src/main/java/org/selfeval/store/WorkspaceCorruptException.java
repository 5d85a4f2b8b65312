package org.selfeval.store;

/** The file is not a workspace of this app, or it is damaged. The file was left untouched. */
public class WorkspaceCorruptException extends WorkspaceException {
    public WorkspaceCorruptException(String message) {
        super(message);
    }

    public WorkspaceCorruptException(String message, Throwable cause) {
        super(message, cause);
    }
}
