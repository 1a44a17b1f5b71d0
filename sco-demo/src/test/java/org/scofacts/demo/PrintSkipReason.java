package org.scofacts.demo;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Prints why a test was skipped on the build's console: Maven's summary only counts skipped tests,
 * and the reason would otherwise be found only in the surefire reports.
 */
public final class PrintSkipReason implements TestWatcher {

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        System.out.println("[SKIPPED] " + context.getRequiredTestClass().getSimpleName() + "."
                + context.getDisplayName() + ": " + cause.getMessage());
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        System.out.println("[SKIPPED] " + context.getRequiredTestClass().getSimpleName() + "."
                + context.getDisplayName() + ": " + reason.orElse("disabled"));
    }
}
