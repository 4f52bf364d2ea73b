package dev.zonec.cli;

import dev.zonec.diff.GitTree;
import dev.zonec.diff.Plan;
import dev.zonec.diff.PlanReport;
import dev.zonec.diff.Planner;
import dev.zonec.diff.Side;
import dev.zonec.driver.SiteLoader;
import dev.zonec.driver.SiteSource;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.support.Workers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code zonec diff OLD NEW}, or {@code zonec diff --git BASE..HEAD DIR}: the plan of a change of the policy.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what a change of the policy does, like a plan: reachability added and removed between zones "
                + "(on the rules each side would emit, with an example packet and the policy lines), requirements and "
                + "findings whose status changed, and per device the rules and config lines that change. OLD and NEW are "
                + "site folders; with --git, DIR is one site folder read from two git revisions (the work tree is not "
                + "touched).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:reachability did not widen", "1:NEW has errors (compile would refuse it)",
                "2:usage or internal error (a revision or folder that cannot be read)",
                "3:reachability widened: some new connection is possible that was not"})
final class DiffCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FOLDER", arity = "1..2",
            description = "OLD NEW (two site folders), or with --git one site folder DIR.")
    List<Path> folders;

    @Option(names = "--git", paramLabel = "BASE..HEAD",
            description = "Compare DIR as committed in two revisions: BASE..HEAD, BASE...HEAD (from their merge base, as "
                    + "a pull request does), or BASE (meaning BASE..HEAD).")
    String git;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown (for a pull-request comment) or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "Judge waiver expiry on both sides as of this date (default: the current date).")
    LocalDate today;

    @Option(names = "--threads", paramLabel = "N", description = "Render up to N devices at once (default: one per core).")
    Integer threads;

    @Option(names = "--debug", description = "On an internal error, print the details.")
    boolean debug;

    @Option(names = "--timings", description = "Print the time of each stage of both sides and of the plan (to stderr).")
    boolean timings;

    enum Format { text, markdown, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        LocalDate date = today != null ? today : LocalDate.now();
        int n = threads != null ? Math.max(1, threads) : Workers.available();
        Side before;
        Side after;
        if (git == null) {
            if (folders.size() != 2) {
                return usage("give two site folders (OLD NEW), or one with --git BASE..HEAD");
            }
            before = folder(folders.get(0), date, n);
            after = folder(folders.get(1), date, n);
        } else {
            if (folders.size() != 1) {
                return usage("with --git give one site folder (DIR)");
            }
            String[] revisions = revisions(git);
            if (revisions == null) {
                return usage("--git `" + git + "` is not BASE..HEAD, BASE...HEAD or BASE");
            }
            try {
                Path dir = main.resolve(folders.get(0));
                GitTree repo = GitTree.around(dir);
                String path = repo.pathOf(dir);
                String head = repo.commit(revisions[1]);
                String base = revisions[2] != null ? repo.mergeBase(revisions[0], revisions[1]) : repo.commit(revisions[0]);
                before = revision(repo, base, revisions[0], path, date, n);
                after = revision(repo, head, revisions[1], path, date, n);
            } catch (GitTree.GitException e) {
                return usage(e.getMessage());
            }
        }
        long start = System.nanoTime();
        Plan plan = Planner.plan(before, after);
        long planNanos = System.nanoTime() - start;
        String report = switch (format) {
            case text -> PlanReport.text(plan);
            case markdown -> PlanReport.markdown(plan);
            case json -> PlanReport.json(plan);
        };
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        if (timings) {
            java.io.PrintWriter err = spec.commandLine().getErr();
            for (Side side : List.of(before, after)) {
                side.times().forEach(t -> err.printf("stage  %-10s %-10s %8.1f ms wall %8.1f ms cpu%n", side.label(),
                        t.stage(), t.wallNanos() / 1e6, t.cpuNanos() / 1e6));
            }
            err.printf("plan   %-21s %8.1f ms wall%n", "(reach, rules, text)", planNanos / 1e6);
            err.flush();
        }
        return PlanReport.exitCode(plan);
    }

    /** {base, head, "merge-base" or null}, or null when the text is not a range. */
    private static String[] revisions(String range) {
        int three = range.indexOf("...");
        if (three >= 0) {
            return new String[] {range.substring(0, three), orHead(range.substring(three + 3)), "merge-base"};
        }
        int two = range.indexOf("..");
        if (two >= 0) {
            return new String[] {range.substring(0, two), orHead(range.substring(two + 2)), null};
        }
        return range.isEmpty() ? null : new String[] {range, "HEAD", null};
    }

    private static String orHead(String revision) {
        return revision.isEmpty() ? "HEAD" : revision;
    }

    private Side folder(Path folder, LocalDate date, int n) {
        Path dir = main.resolve(folder);
        String label = display(folder);
        if (!Files.isDirectory(dir)) {
            return Side.absent(label);
        }
        Diagnostics loading = new Diagnostics();
        SiteSource source = SiteLoader.load(dir, label, Optional.empty(), loading);
        return Side.of(label, source, loading, date, n);
    }

    private Side revision(GitTree repo, String commit, String revision, String path, LocalDate date, int n)
            throws GitTree.GitException {
        Optional<SortedMap<String, byte[]>> files = repo.read(commit, path);
        String label = revision + ":" + (path.isEmpty() ? "." : path);
        if (files.isEmpty()) {
            return Side.absent(label);
        }
        Diagnostics loading = new Diagnostics();
        SiteSource source = SiteLoader.load(files.get(), label, loading);
        return Side.of(label, source, loading, date, n);
    }

    private static String display(Path folder) {
        String s = folder.toString();
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("zonec: " + message);
        spec.commandLine().getErr().flush();
        return 2;
    }
}
