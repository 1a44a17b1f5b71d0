package org.scofacts.demo;

import java.io.Serial;

/** Bad input on the command line: printed as one line naming the command and the value, exit code 2. */
final class UsageException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    UsageException(String problem) {
        super(problem);
    }

    UsageException(String problem, Throwable cause) {
        super(problem, cause);
    }
}
