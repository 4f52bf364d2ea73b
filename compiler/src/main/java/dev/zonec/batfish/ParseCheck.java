package dev.zonec.batfish;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.source.Span;
import dev.zonec.platform.BatfishSupport.KnownGap;
import dev.zonec.platform.BatfishSupport.KnownIssue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Judges how Batfish read the uploaded files (fileParseStatus, parseWarning, initIssues): every file zonec generated
 * must be read in the format zonec wrote, fully recognised (ZC0701), without a warning or an initialisation issue
 * (ZC0702). Each finding points at the output file's line Batfish names (its line counts skip the header the
 * packaging added) and quotes Batfish's words. Warnings on a known gap ({@link KnownGaps}) are one note per file and
 * gap, and a file whose only unrecognised lines are known gaps is a note too. A file Batfish did not read as written
 * (any other warning or issue, another format, a failed parse) is listed in {@link Result#unread()}: Batfish's model
 * of that device is not the file, so its answers there are no evidence either way.
 */
final class ParseCheck {
    /** How many line numbers a known-gap note lists. */
    private static final int LINES_SHOWN = 8;

    /**
     * The findings and the counts of the summary.
     *
     * @param recognised files Batfish fully recognised
     * @param onlyGaps   files whose only unrecognised lines are known gaps
     * @param unread     per device (by name), why Batfish's model of it is not its file
     */
    record Result(List<Diagnostic> diagnostics, int files, int recognised, int onlyGaps, Map<String, String> unread) {
        Result {
            diagnostics = List.copyOf(diagnostics);
            unread = Map.copyOf(unread);
        }
    }

    private final SnapshotPackage snapshot;
    private final List<Diagnostic> out = new ArrayList<>();
    /** Per uploaded file: how many warnings and issues it has that are not known gaps (0: only gaps). */
    private final Map<String, Integer> realWarnings = new HashMap<>();
    /** Per uploaded file and gap, Batfish's first warning and the output lines it warned on, in its order. */
    private final Map<String, Map<KnownGap, GapHits>> gapLines = new LinkedHashMap<>();

    private record GapHits(String warning, List<Integer> lines) {}

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
        check.gapNotes();
        return check.statuses(files);
    }

    private void warning(Rows.ParseWarning w) {
        Optional<PackagedFile> file = snapshot.file(w.file());
        String quote = "Batfish quotes `" + w.text().strip() + "` (line " + w.line() + " of " + w.file()
                + (w.context().isEmpty() ? "" : ", parser context " + w.context()) + ")";
        if (file.isEmpty()) {
            out.add(unplaced(w.file(), "Batfish warns on `" + w.file() + "`: " + w.comment()).help(quote).build());
            return;
        }
        report(file.get(), w.line(), w.comment(),
                "Batfish warns on a line of `" + file.get().file().name() + "`: " + w.comment(), quote);
    }

    private void issue(Rows.InitIssue issue) {
        String what = "Batfish reports " + article(issue.type()) + " " + issue.type().toLowerCase(Locale.ROOT);
        String details = issue.details().isEmpty() ? "" : ": " + issue.details();
        String quote = issue.lineText().isEmpty() ? "" : "Batfish quotes `" + issue.lineText().strip() + "`";
        if (issue.lines().isEmpty()) {
            Optional<PackagedFile> file = issue.nodes().stream().map(this::ofNode).flatMap(Optional::stream).findFirst();
            String message = what + file.map(f -> " for `" + f.file().device().name() + "`")
                    .orElse(" for nodes " + issue.nodes()) + details;
            Optional<KnownIssue> known = file.flatMap(f -> PlatformSupport.of(f.file().device().platform())
                    .knownIssue(issue.type(), issue.details()));
            Diagnostic.Builder d = known.isPresent()
                    ? Diagnostic.note(Code.ZC0702, message + " (a known Batfish gap)").help(known.get().why())
                    : Diagnostic.error(Code.ZC0702, message);
            d.helpIf(nonEmpty(quote));
            file.ifPresent(f -> d.at(f.file().device().span()));
            file.ifPresent(f -> realWarnings.merge(f.path(), known.isPresent() ? 0 : 1, Integer::sum));
            out.add(d.build());
            return;
        }
        for (Rows.FileLine l : issue.lines()) {
            Optional<PackagedFile> file = snapshot.file(l.file());
            if (file.isEmpty()) {
                out.add(unplaced(l.file(), what + " on `" + l.file() + "`" + details).helpIf(nonEmpty(quote)).build());
            } else {
                report(file.get(), l.line(), issue.details(), what + " on `" + file.get().file().name() + "`" + details,
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
        host.ifPresent(f -> realWarnings.merge(f.path(), 1, Integer::sum));
        Diagnostic.Builder d = Diagnostic.error(Code.ZC0702, message
                + (host.isPresent() ? " (the host file zonec writes for Batfish: please report it)" : ""));
        host.ifPresent(f -> d.at(f.file().device().span()));
        return d;
    }

    /**
     * One finding on an uploaded line: in the header zonec added, on a known gap (gathered for {@link #gapNotes}), or
     * on a generated line.
     */
    private void report(PackagedFile file, int line, String comment, String message, String quote) {
        Optional<String> header = file.headerLine(line);
        if (header.isPresent()) {
            realWarnings.merge(file.path(), 1, Integer::sum);
            out.add(Diagnostic.error(Code.ZC0702, message + " (on the line zonec adds for Batfish: `" + header.get() + "`)")
                    .at(file.file().device().span()).help(quote)
                    .help("this is zonec's snapshot packaging, not the configuration: please report it").build());
            return;
        }
        int outputLine = line - file.header().size();
        Optional<KnownGap> gap = KnownGaps.of(file.file(), outputLine, comment);
        if (gap.isPresent()) {
            realWarnings.putIfAbsent(file.path(), 0);
            gapLines.computeIfAbsent(file.path(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(gap.get(), k -> new GapHits(comment, new ArrayList<>())).lines().add(outputLine);
            return;
        }
        realWarnings.merge(file.path(), 1, Integer::sum);
        Optional<Span> span = file.original(line);
        Diagnostic.Builder d = Diagnostic.error(Code.ZC0702, message);
        d.at(span.orElse(file.file().device().span()));
        out.add(d.help(quote).build());
    }

    /** One note per file and known gap, at the first line Batfish named, counting the others. */
    private void gapNotes() {
        gapLines.forEach((path, gaps) -> gaps.forEach((gap, hits) -> {
            PackagedFile file = snapshot.file(path).orElseThrow();
            List<Integer> lines = hits.lines();
            int first = lines.get(0);
            String text = file.file().source().line(first).strip();
            String others = lines.size() == 1 ? "" : " and " + (lines.size() - 1) + " more line"
                    + (lines.size() == 2 ? "" : "s") + " of this shape";
            String shown = lines.stream().limit(LINES_SHOWN).map(String::valueOf).collect(Collectors.joining(", "))
                    + (lines.size() > LINES_SHOWN ? ", ..." : "");
            out.add(Diagnostic.note(Code.ZC0702, "Batfish warns on `" + text + "`" + others + " in `"
                            + file.file().name() + "`: " + hits.warning().strip() + " (a known Batfish gap)")
                    .at(file.file().lineSpan(first).orElse(file.file().device().span()))
                    .help(gap.why())
                    .help("on line" + (lines.size() == 1 ? " " : "s ") + shown + " of the output file")
                    .build());
        }));
    }

    /** File statuses, and the result. */
    private Result statuses(List<Rows.FileStatus> files) {
        int recognised = 0;
        int onlyGaps = 0;
        Map<String, String> unread = new TreeMap<>();
        for (PackagedFile file : snapshot.files()) {
            Optional<Rows.FileStatus> status = statusOf(file, files);
            Span at = file.file().lineSpan(1).orElse(file.file().device().span());
            PlatformSupport support = PlatformSupport.of(file.file().device().platform());
            String device = file.file().device().name();
            if (status.isEmpty()) {
                out.add(Diagnostic.error(Code.ZC0701, "Batfish did not read `" + file.file().name() + "` ("
                        + file.path() + " in the snapshot)").at(at).build());
                unread.putIfAbsent(device, "Batfish did not read `" + file.file().name() + "`");
                continue;
            }
            String format = status.get().format();
            if (support.reading() == dev.zonec.platform.BatfishSupport.Reading.CONFIG && !format.equalsIgnoreCase(support.format())) {
                out.add(Diagnostic.error(Code.ZC0701, "Batfish read `" + file.file().name() + "` as " + format + ", not as "
                        + support.format().toUpperCase(Locale.ROOT)).at(at)
                        .help("the BATFISH_FORMAT line zonec adds should have decided it: please report it").build());
                unread.putIfAbsent(device, "Batfish read `" + file.file().name() + "` as " + format);
                continue;
            }
            int real = realWarnings.getOrDefault(file.path(), 0);
            if (status.get().status().equals("PASSED")) {
                recognised++;
                if (real > 0) {
                    unread.putIfAbsent(device, "Batfish reports " + count(real, "issue") + " on `"
                            + file.file().name() + "`");
                }
                continue;
            }
            boolean gapsOnly = realWarnings.containsKey(file.path()) && real == 0
                    && status.get().status().equals("PARTIALLY_UNRECOGNIZED");
            String message = "Batfish did not fully recognise `" + file.file().name() + "` (" + device + ", "
                    + file.file().device().platform().id() + "): status " + status.get().status();
            if (gapsOnly) {
                onlyGaps++;
                out.add(Diagnostic.note(Code.ZC0701, message).at(at)
                        .help("every line it did not recognise is a known Batfish gap (see the notes)").build());
                continue;
            }
            out.add(Diagnostic.error(Code.ZC0701, message).at(at)
                    .help("the warnings on this file name the lines Batfish could not read").build());
            unread.putIfAbsent(device, "Batfish did not fully recognise `" + file.file().name() + "` (status "
                    + status.get().status() + (real > 0 ? ", " + count(real, "line") + " it could not read" : "") + ")");
        }
        return new Result(out, snapshot.files().size(), recognised, onlyGaps, unread);
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
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
