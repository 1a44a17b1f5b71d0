package org.scofacts.demo;

import java.io.IOException;
import java.io.Writer;
import org.scofacts.demo.message.Values;

/**
 * Standard output or error as the console writes to it: every control character but the line break and the tab
 * written as an escape ({@code \e}, {@code \u0007}), so that no value printed can drive the terminal, and the first
 * failure to write kept, so that output lost to a full disk or a closed pipe is reported instead of lost in
 * silence ({@link java.io.PrintWriter} swallows it). After a failure, further text is dropped.
 */
final class GuardedWriter extends Writer {

    private static final boolean CARRIAGE_RETURNS = System.lineSeparator().indexOf('\r') >= 0;

    private final Writer target;
    private IOException failure;

    GuardedWriter(Writer target) {
        this.target = target;
    }

    /** The first failure to write or flush, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int end = offset + length;
        int from = offset;
        try {
            for (int i = offset; i < end; i++) {
                char c = text[i];
                if (Character.isISOControl(c) && c != '\n' && c != '\t' && !(c == '\r' && CARRIAGE_RETURNS)) {
                    target.write(text, from, i - from);
                    StringBuilder escape = new StringBuilder(6);
                    Values.appendEscape(escape, c);
                    target.write(escape.toString());
                    from = i + 1;
                }
            }
            target.write(text, from, end - from);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            target.flush();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
