package org.selfeval.cli;

/** Bad input found by a command: the message is printed as it is and the exit code is 2. */
final class CliError extends RuntimeException {
    CliError(String message) {
        super(message);
    }
}
