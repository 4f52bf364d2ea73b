package dev.zonec.batfish;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges how Batfish read the uploaded files (fileParseStatus, parseWarning, initIssues): every file zonec generated
 * must be read in the format zonec wrote, fully recognised (ZC0701), without a warning or an initialisation issue
 * (ZC0702). Each finding points at the output file's line Batfish names (its line counts skip the header the
 * packaging added) and quotes Batfish's words. A warning on a known gap ({@link KnownGaps}) is a note, and a file whose
 * only unrecognised lines are known gaps is a note too.
 */
final class ParseCheck {

    /** The findings, and how many uploaded files Batfish fully recognised. */
    record Result(List<Diagnostic> diagnostics, int files, int recognised) {}

    private final SnapshotPackage snapshot;
    private final List<Diagnostic> out = new ArrayList<>();
    /** Per uploaded file: true once it has a warning that is not a known gap. */
    private final Map<String, Boolean> realWarnings = new HashMap<>();

    private ParseCheck(SnapshotPackage snapshot) {
        this.snapshot = snapshot;
    }

    static Result judge(SnapshotPackage snapshot, List<Rows.FileStatus> files, List<Rows.ParseWarning> warnings,
                        List<Rows.InitIssue> issues) {
        ParseCheck check = new ParseCheck(snapshot);
        Set<String> warned = new HashSet<>();
        for (Rows.ParseWarning w : warnings) {
            check.warning(w);
            warned.add(w.file() + ":" + w.line());
        }
        for (Rows.InitIssue issue : issues) {
            boolean duplicate = issue.type().equalsIgnoreCase("Parse warning") && !issue.lines().isEmpty()
                    && issue.lines().stream().allMatch(l -> warned.contains(l.file() + ":" + l.line()));
            if (!duplicate) {
                check.issue(issue);
            }
        }
        int recognised = check.statuses(files);
        return new Result(List.copyOf(check.out), snapshot.files().size(), recognised);
    }

    private void warning(Rows.ParseWarning w) {
        Optional<PackagedFile> file = snapshot.file(w.file());
        String quote = "Batfish quotes `" + w.text().strip() + "` (line " + w.line() + " of " + w.file()
                + (w.context().isEmpty() ? "" : ", parser context " + w.context()) + ")";
        if (file.isEmpty()) {
            out.add(unplaced(w.file(), "Batfish warns on `" + w.file() + "`: " + w.comment()).help(quote).build());
            return;
        }
        report(file.get(), w.line(), "Batfish warns on a line of `" + file.get().file().name() + "`: " + w.comment(),
                quote);
    }

    private void issue(Rows.InitIssue issue) {
        String what = "Batfish reports " + article(issue.type()) + " " + issue.type().toLowerCase(Locale.ROOT);
        String details = issue.details().isEmpty() ? "" : ": " + issue.details();
        String quote = issue.lineText().isEmpty() ? "" : "Batfish quotes `" + issue.lineText().strip() + "`";
        if (issue.lines().isEmpty()) {
            Optional<PackagedFile> file = issue.nodes().stream().map(this::ofNode).flatMap(Optional::stream).findFirst();
            Diagnostic.Builder d = Diagnostic.error(Code.ZC0702, what + file.map(f -> " for `" + f.file().device().name()
                    + "`").orElse(" for nodes " + issue.nodes()) + details).helpIf(nonEmpty(quote));
            file.ifPresent(f -> d.at(f.file().device().span()));
            file.ifPresent(f -> realWarnings.put(f.path(), true));
            out.add(d.build());
            return;
        }
        for (Rows.FileLine l : issue.lines()) {
            Optional<PackagedFile> file = snapshot.file(l.file());
            if (file.isEmpty()) {
                out.add(unplaced(l.file(), what + " on `" + l.file() + "`" + details).helpIf(nonEmpty(quote)).build());
            } else {
                report(file.get(), l.line(), what + " on `" + file.get().file().name() + "`" + details,
                        quote.isEmpty() ? "Batfish names line " + l.line() + " of " + l.file() : quote);
            }
        }
    }

    /**
     * A finding on an uploaded file that is no output file: the host file zonec writes for an iptables device
     * (placed at the device), or a path zonec never uploaded.
     */
    private Diagnostic.Builder unplaced(String path, String message) {
        Optional<PackagedFile> host = snapshot.hostOf(path);
        host.ifPresent(f -> realWarnings.put(f.path(), true));
        Diagnostic.Builder d = Diagnostic.error(Code.ZC0702, message
                + (host.isPresent() ? " (the host file zonec writes for Batfish: please report it)" : ""));
        host.ifPresent(f -> d.at(f.file().device().span()));
        return d;
    }

    /** One finding on an uploaded line: in the header zonec added, on a known gap, or on a generated line. */
    private void report(PackagedFile file, int line, String message, String quote) {
        Optional<String> header = file.headerLine(line);
        if (header.isPresent()) {
            realWarnings.put(file.path(), true);
            out.add(Diagnostic.error(Code.ZC0702, message + " (on the line zonec adds for Batfish: `" + header.get() + "`)")
                    .at(file.file().device().span()).help(quote)
                    .help("this is zonec's snapshot packaging, not the configuration: please report it").build());
            return;
        }
        Optional<Span> span = file.original(line);
        String text = span.map(s -> s.file().line(s.line())).orElse("");
        Optional<KnownGaps.Gap> gap = KnownGaps.of(file.file().device().platform(), text);
        Diagnostic.Builder d = gap.isPresent()
                ? Diagnostic.note(Code.ZC0702, message + " (a known Batfish gap)").help(gap.get().why())
                : Diagnostic.error(Code.ZC0702, message);
        if (gap.isEmpty()) {
            realWarnings.put(file.path(), true);
        } else {
            realWarnings.putIfAbsent(file.path(), false);
        }
        span.ifPresent(d::at);
        if (span.isEmpty()) {
            d.at(file.file().device().span());
        }
        out.add(d.help(quote).build());
    }

    /** File statuses; returns how many uploaded files were fully recognised. */
    private int statuses(List<Rows.FileStatus> files) {
        int recognised = 0;
        for (PackagedFile file : snapshot.files()) {
            Optional<Rows.FileStatus> status = statusOf(file, files);
            Span at = file.file().lineSpan(1).orElse(file.file().device().span());
            PlatformSupport support = PlatformSupport.of(file.file().device().platform());
            if (status.isEmpty()) {
                out.add(Diagnostic.error(Code.ZC0701, "Batfish did not read `" + file.file().name() + "` ("
                        + file.path() + " in the snapshot)").at(at).build());
                continue;
            }
            String format = status.get().format();
            if (support.reading() == dev.zonec.platform.BatfishSupport.Reading.CONFIG && !format.equalsIgnoreCase(support.format())) {
                out.add(Diagnostic.error(Code.ZC0701, "Batfish read `" + file.file().name() + "` as " + format + ", not as "
                        + support.format().toUpperCase(Locale.ROOT)).at(at)
                        .help("the BATFISH_FORMAT line zonec adds should have decided it: please report it").build());
                continue;
            }
            if (status.get().status().equals("PASSED")) {
                recognised++;
                continue;
            }
            boolean onlyGaps = Boolean.FALSE.equals(realWarnings.get(file.path()))
                    && status.get().status().equals("PARTIALLY_UNRECOGNIZED");
            String message = "Batfish did not fully recognise `" + file.file().name() + "` (" + file.file().device().name()
                    + ", " + file.file().device().platform().id() + "): status " + status.get().status();
            out.add(onlyGaps
                    ? Diagnostic.note(Code.ZC0701, message).at(at)
                        .help("every line it did not recognise is a known Batfish gap (see the notes)").build()
                    : Diagnostic.error(Code.ZC0701, message).at(at)
                        .help("the warnings on this file name the lines Batfish could not read").build());
        }
        return recognised;
    }

    /** A file's status; an iptables ruleset may be reported under the host file that names it. */
    private Optional<Rows.FileStatus> statusOf(PackagedFile file, List<Rows.FileStatus> files) {
        Optional<Rows.FileStatus> own = files.stream().filter(s -> s.file().equals(file.path())).findFirst();
        Optional<Rows.FileStatus> host = files.stream()
                .filter(s -> snapshot.hostOf(s.file()).filter(file::equals).isPresent()).findFirst();
        if (own.isPresent() && host.isPresent() && !host.get().status().equals("PASSED")) {
            return host;
        }
        return own.isPresent() ? own : host;
    }

    private Optional<PackagedFile> ofNode(String node) {
        return snapshot.files().stream().filter(f -> f.file().device().name().equalsIgnoreCase(node)).findFirst();
    }

    private static String article(String word) {
        return !word.isEmpty() && "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
