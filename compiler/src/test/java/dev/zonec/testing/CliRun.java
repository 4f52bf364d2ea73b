package dev.zonec.testing;

import dev.zonec.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One in-process run of the zonec CLI: its exit code and what it printed. */
public record CliRun(int exit, String out, String err) {

    /** Runs zonec with {@code args}, relative paths resolved against {@code workDir}. */
    public static CliRun of(Path workDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err), workDir);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
