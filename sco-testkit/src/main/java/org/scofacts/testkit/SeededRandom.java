package org.scofacts.testkit;

import java.util.Random;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Gives a test a {@link Random} whose seed is new on every run and is named in the failure message,
 * so that a failure can be replayed with {@code -Dsco.test.seed=<seed>}. Use it with
 * {@code @ExtendWith(SeededRandom.class)} and a {@code Random} parameter.
 */
public final class SeededRandom implements ParameterResolver, TestExecutionExceptionHandler {

    private static final String SEED_PROPERTY = "sco.test.seed";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SeededRandom.class);

    /** Creates the extension; JUnit does, for {@code @ExtendWith}. */
    public SeededRandom() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Random.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new Random(seed(context));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Long seed = context.getStore(NAMESPACE).get(context.getUniqueId(), Long.class);
        if (seed == null) {
            throw failure;
        }
        AssertionError replayable = new AssertionError("with seed " + seed + " (replay with -D" + SEED_PROPERTY
                + "=" + seed + "): " + failure.getMessage(), failure);
        throw replayable;
    }

    private static long seed(ExtensionContext context) {
        String fixed = System.getProperty(SEED_PROPERTY);
        long seed = fixed != null ? Long.parseLong(fixed) : new Random().nextLong();
        context.getStore(NAMESPACE).put(context.getUniqueId(), seed);
        return seed;
    }
}
