package dev.zonec.batfish;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * filterLineReachability: a line Batfish finds no packet can reach is a zonec bug or a shadowed rule. It is an error
 * at the generated line, labelled with the policy line it came from; a warning when zonec has already reported that
 * policy rule as redundant (ZC0611), since Batfish then confirms what the policy check said. A line zonec cannot place
 * in its files is reported as Batfish words it: a note when the filter is one Batfish builds itself from a firewall's
 * policies (its name holds {@code ~}), a warning otherwise.
 */
final class ReachabilityCheck {

    private ReachabilityCheck() {}

    /**
     * @param redundant the policy lines zonec's check reported as redundant rules (ZC0611)
     */
    static List<Diagnostic> judge(List<Rows.UnreachableLine> rows, SnapshotPackage snapshot, OriginLocator locator,
                                  Set<Span> redundant) {
        List<Diagnostic> out = new ArrayList<>();
        for (Rows.UnreachableLine row : rows) {
            for (String source : row.sources().isEmpty() ? List.of(":") : row.sources()) {
                int colon = source.indexOf(": ");
                String node = colon < 0 ? "" : source.substring(0, colon);
                String filter = colon < 0 ? source : source.substring(colon + 2);
                out.add(one(row, node, filter, snapshot, locator, redundant));
            }
        }
        return out;
    }

    private static Diagnostic one(Rows.UnreachableLine row, String node, String filter, SnapshotPackage snapshot,
                                  OriginLocator locator, Set<Span> redundant) {
        String message = "Batfish finds line `" + row.line().strip() + "` of filter `" + filter + "` on `" + node
                + "` unreachable" + (row.reason().isEmpty() ? "" : " (" + row.reason() + ")");
        String blocking = row.blocking().isEmpty() ? "" : "Batfish: blocked by `" + String.join("`; `", row.blocking()) + "`";
        Optional<PackagedFile> file = snapshot.files().stream()
                .filter(f -> f.file().device().name().equalsIgnoreCase(node)).findFirst();
        Optional<OriginLocator.Located> at = file.map(f -> locator.locate(f.file(), row.line(), filter));
        Optional<Span> line = at.flatMap(OriginLocator.Located::line);
        if (line.isEmpty()) {
            Diagnostic.Builder d = filter.contains("~")
                    ? Diagnostic.note(Code.ZC0704, message + "; Batfish builds this filter itself from the "
                        + "configuration, and zonec wrote no such line")
                    : Diagnostic.warning(Code.ZC0704, message + "; zonec cannot find that line in its output");
            file.ifPresent(f -> d.at(f.file().device().span()));
            if (!blocking.isEmpty()) {
                d.help(blocking);
            }
            return d.build();
        }
        Optional<Span> policy = at.flatMap(OriginLocator.Located::policy);
        boolean known = policy.isPresent() && redundant.stream().anyMatch(s -> sameLine(s, policy.get()));
        Diagnostic.Builder d = known ? Diagnostic.warning(Code.ZC0704, message) : Diagnostic.error(Code.ZC0704, message);
        d.at(line.get());
        policy.ifPresent(p -> d.label(p, "the line comes from this rule"));
        if (!blocking.isEmpty()) {
            d.help(blocking);
        }
        if (known) {
            d.help("zonec's check reports this rule as redundant (ZC0611): Batfish confirms it");
        } else if (policy.isEmpty()) {
            d.help("zonec cannot tell which policy rule wrote this line");
        }
        return d.build();
    }

    private static boolean sameLine(Span a, Span b) {
        return a.file().equals(b.file()) && a.line() == b.line();
    }
}
