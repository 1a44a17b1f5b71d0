package org.scofacts.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.scofacts.demo.message.ExitCodes;
import org.scofacts.demo.message.Messages;

/**
 * A file the console writes ({@code export --output}, {@code chart --output}) written whole or not at all: the
 * text goes to a temporary file in the same folder, which is synced and moved over the file only once complete,
 * so a full disk or any other failure leaves the previous file as it was. A device or a pipe named as the file
 * ({@code /dev/stdout}) has no previous content to keep and is written in place.
 */
final class AtomicFile {

    /**
     * What goes into the file.
     */
    @FunctionalInterface
    interface Content {
        /**
         * Writes the content.
         *
         * @param out where to
         * @throws IOException when writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /**
     * What goes into a binary file (a zip).
     */
    @FunctionalInterface
    interface Bytes {
        /**
         * Writes the content; the stream is closed after it returns.
         *
         * @param out where to
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes a file in UTF-8, replacing it only when the whole content is written.
     *
     * @param file    the file
     * @param content what to write
     * @throws Failure naming the file and the reason, by the exit-code rule: a folder that does not exist or a
     *                 folder named as the file is bad input, anything else (full, refused) the environment
     */
    static void write(Path file, Content content) {
        writeBytes(file, stream -> {
            Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            content.writeTo(out);
            out.flush();
        });
    }

    /**
     * Writes a binary file, replacing it only when the whole content is written.
     *
     * @param file    the file
     * @param content what to write
     * @throws Failure as {@link #write(Path, Content)}
     */
    static void writeBytes(Path file, Bytes content) {
        try {
            replace(file, content);
        } catch (IOException e) {
            String message = Messages.cannotWrite(file, e);
            throw ExitCodes.isBadOutput(file, e) ? Failure.badInput(message, e) : Failure.environment(message, e);
        }
    }

    private static void replace(Path file, Bytes content) throws IOException {
        Path target = Files.exists(file) ? file.toRealPath() : file;
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "Is a directory");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            try (OutputStream out = Files.newOutputStream(target)) {
                content.writeTo(out);
            }
            return;
        }
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toHexString(
                ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(target, temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** A file replaced keeps who may read it, as writing it in place did. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (Files.exists(target) && Files.getFileStore(target).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        }
    }
}
