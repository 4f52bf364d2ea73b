package dev.zonec.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs an outside program (git, Graphviz) to its end: its input written and its two outputs read on their own
 * threads, so none of the three pipes can fill and stall it, within a time limit.
 */
public final class Subprocess {

    private Subprocess() {}

    /** What the program did: its exit code, its output, and the first line of its error output. */
    public record Result(int exit, byte[] out, String firstErrorLine) {
        public String text() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /** The program could not be started, took too long, or was interrupted; the message says which. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    public static Result run(Path dir, List<String> command, byte[] input, long timeoutSeconds) throws Failure {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).start();
        } catch (IOException e) {
            throw new Failure("cannot run " + command.get(0) + ": " + e.getMessage());
        }
        try {
            Thread feeder = new Thread(() -> {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(input);
                } catch (IOException ignored) {
                    // the program stopped reading: its exit code says why
                }
            });
            feeder.start();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> {
                try (InputStream e = p.getErrorStream()) {
                    e.transferTo(err);
                } catch (IOException ignored) {
                    // nothing more to read
                }
            });
            drain.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new Failure(command.get(0) + " took more than " + timeoutSeconds + " s");
            }
            feeder.join();
            drain.join();
            String first = err.toString(StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
            return new Result(p.exitValue(), out, first.isEmpty() ? "exit " + p.exitValue() : first);
        } catch (IOException e) {
            throw new Failure(command.get(0) + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted while " + command.get(0) + " ran");
        }
    }
}
