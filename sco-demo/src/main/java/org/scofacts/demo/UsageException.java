package org.scofacts.demo;

import java.io.Serial;

/** Bad input on the command line: printed as one line naming the command and the value, exit code 2. */
final class UsageException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The command whose arguments are wrong. */
    private final transient CliCommand command;

    UsageException(CliCommand command, String problem) {
        super(problem);
        this.command = command;
    }

    UsageException(CliCommand command, String problem, Throwable cause) {
        super(problem, cause);
        this.command = command;
    }

    CliCommand command() {
        return command;
    }
}
