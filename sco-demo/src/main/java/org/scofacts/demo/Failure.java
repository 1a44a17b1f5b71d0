package org.scofacts.demo;

import java.io.Serial;
import org.scofacts.demo.message.ExitCodes;

/** A command could not do what it was asked, for a reason its message gives in words, with its exit code. */
final class Failure extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** {@link ExitCodes#BAD_INPUT} or {@link ExitCodes#FAILED}. */
    private final int exitCode;

    private Failure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The user typed something wrong, such as a file that does not exist. */
    static Failure badInput(String message, Throwable cause) {
        return new Failure(message, ExitCodes.BAD_INPUT, cause);
    }

    /** The environment failed the command, such as a disk that cannot be written. */
    static Failure environment(String message, Throwable cause) {
        return new Failure(message, ExitCodes.FAILED, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
