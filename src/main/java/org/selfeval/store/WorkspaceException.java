package org.selfeval.store;

/**
 * The workspace file cannot be used. {@link #getMessage()} is a complete Chinese sentence naming
 * the file, fit to show the clerk as it is.
 */
public class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
