package org.selfeval.store;

/**
 * The workspace file cannot be used. {@link #getMessage()} is a complete Chinese sentence naming
 * the file, fit to show the clerk as it is; {@link #kind()} says which of the told-apart causes it is.
 */
public class WorkspaceException extends RuntimeException {
    /** What went wrong, so that each cause can be told (and offered its remedy) apart. */
    public enum Kind {
        /** Another instance of the app has the file open. */
        LOCKED,
        /** The file is an SQLite file of this app but damaged (or empty where data was expected). */
        DAMAGED,
        /** The file is not a workspace of this app. */
        NOT_A_WORKSPACE,
        /** The disk (or the folder's quota) is full. */
        DISK_FULL,
        /** The file or its folder cannot be read or written. */
        NO_PERMISSION,
        /** The database library cannot be unpacked and loaded from its folder. */
        TEMP_FOLDER,
        /** The workspace is from a newer version of the program and is open for reading only. */
        READ_ONLY,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;

    public WorkspaceException(String message) {
        this(Kind.OTHER, message, null);
    }

    public WorkspaceException(String message, Throwable cause) {
        this(Kind.OTHER, message, cause);
    }

    public WorkspaceException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
