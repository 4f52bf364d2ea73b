package dev.zonec.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code zonec}: compile IEC 62443 zone-and-conduit policy into device configurations.
 * Exit codes: 0 clean (warnings allowed), 1 policy errors, 2 usage or internal error.
 */
@Command(name = "zonec",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Compile IEC 62443 zone-and-conduit policy into firewall and switch configurations.",
        subcommands = {CheckCommand.class, CompileCommand.class, VerifyCommand.class, QueryCommand.class,
            ExplainCommand.class, GenCommand.class, DiffCommand.class, GraphCommand.class, MatrixCommand.class,
            ReportCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean (warnings allowed)", "1:the policy has errors", "2:usage or internal error"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Relative paths on the command line are taken from here (the process's working folder, or a test's). */
    private final Path workdir;

    Main(Path workdir) {
        this.workdir = workdir;
    }

    Path resolve(Path path) {
        return workdir.resolve(path);
    }

    /** What reports name files relative to, for a site folder given as {@code site}. */
    dev.zonec.report.SourceRoot sourceRoot(Path site) {
        return dev.zonec.report.SourceRoot.around(workdir, site);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs zonec in-process (tests, golden runner) and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Path.of(""));
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, resolving relative paths against {@code workdir}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Path workdir) {
        CommandLine cli = new CommandLine(new Main(workdir));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> 2);
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, debug, err));
        cli.setParameterExceptionHandler((e, arguments) -> usageError(e, debug, err));
        cli.registerConverter(java.time.LocalDate.class, Main::date);
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands Errors (and exceptions thrown while reporting) straight through
            return internalError(e, debug, err);
        }
    }

    /**
     * A usage error is one line on stderr naming the command's help, exit code 2; picocli's usage text and the
     * exception behind the message only with --debug.
     */
    private static int usageError(CommandLine.ParameterException e, boolean debug, PrintWriter err) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        err.println("zonec: " + oneLine(e.getMessage()) + " (see `" + name + " --help`)");
        if (debug) {
            command.usage(err);
            e.printStackTrace(err);
        }
        err.flush();
        return 2;
    }

    /** `--today`: a calendar date as YYYY-MM-DD; anything else is a usage error that says so. */
    private static java.time.LocalDate date(String value) {
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("`" + value + "` is not a date of the form YYYY-MM-DD");
        }
    }

    private static String oneLine(String message) {
        String m = message == null ? "" : message;
        return m.lines().findFirst().orElse(m);
    }

    /** One line on stderr, exit code 2; the stack trace only with --debug. */
    private static int internalError(Throwable e, boolean debug, PrintWriter err) {
        err.println("zonec: internal error: " + oneLine(e) + (debug ? "" : " (run with --debug for details)"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return 2;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, compile, verify, query, explain, diff, graph, matrix, report or gen");
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The version from the jar manifest, or "dev" when run from classes (tests). */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"zonec " + version()};
        }
    }
}
