package org.selfeval.store;

/** The file is not a workspace of this app, or it is damaged. The file was left untouched. */
public class WorkspaceCorruptException extends WorkspaceException {
    public WorkspaceCorruptException(String message) {
        super(Kind.DAMAGED, message, null);
    }

    public WorkspaceCorruptException(String message, Throwable cause) {
        super(Kind.DAMAGED, message, cause);
    }

    public WorkspaceCorruptException(Kind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }
}
