package org.selfeval.ui;

/** The window's start, called by the launcher on the class path or inside the JavaFX module layer. */
public final class WindowMain {
    private WindowMain() {
    }

    public static void main(String[] args) {
        StartupTiming.installIfRequested();
        SelfEvalApp.main(args);
    }
}
