package dev.zonec.query;

import dev.zonec.lower.Crossing;
import dev.zonec.lower.Lowering;
import dev.zonec.lower.PathPlacement;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one policy line became ({@code zonec explain DIR FILE:LINE}): for each flow of the allow rule on that line (or
 * of every allow rule of the conduit that starts there) and each IP version, the shortest admissible paths, the devices
 * crossed with the interfaces the flow enters and leaves by, and the rules each device got for it. Read from the
 * placement and the IR of one run; a flow the run could not place is shown with its error.
 */
public final class PolicyLine {
    /** More paths than this are not listed for one flow and IP version. */
    static final int MAX_PATHS = 16;

    /** A device's part in one placed flow: where it is crossed, and the rules it got (requests and replies). */
    public record Crossed(Device device, String inZone, String outZone, List<String> inInterfaces,
                          List<String> outInterfaces, List<IrRule> rules) {
        public Crossed {
            inInterfaces = List.copyOf(inInterfaces);
            outInterfaces = List.copyOf(outInterfaces);
            rules = List.copyOf(rules);
        }
    }

    /** One flow for one IP version: its paths and crossings, or the error that kept it from being placed. */
    public record Placement(Flow flow, IpFamily family, int devices, long count, List<List<String>> paths,
                            List<Crossed> crossings, Optional<Diagnostic> error) {
        public Placement {
            paths = List.copyOf(paths);
            crossings = List.copyOf(crossings);
        }

        public boolean truncated() {
            return count > paths.size();
        }
    }

    /** The lines explained (one allow rule, or a conduit's), and each flow's placements in policy order. */
    public record Explanation(List<Span> rules, List<Placement> placements) {
        public Explanation {
            rules = List.copyOf(rules);
            placements = List.copyOf(placements);
        }
    }

    private PolicyLine() {}

    /**
     * The allow rule on {@code line} of the policy file named {@code file} (its path in the site or as given), or the
     * conduit starting there; empty when there is none.
     */
    public static Optional<Explanation> explain(Site site, Ir ir, List<Diagnostic> diagnostics, String file, int line) {
        List<Flow> flows = site.flows().stream().filter(f -> in(f.origin(), file) && f.origin().line() == line).toList();
        if (flows.isEmpty()) {
            List<String> conduits = site.conduits().stream().filter(c -> in(c.span(), file) && c.span().line() == line)
                    .map(c -> c.name()).toList();
            flows = site.flows().stream().filter(f -> conduits.contains(f.conduit())).toList();
        }
        if (flows.isEmpty()) {
            return Optional.empty();
        }
        PathPlacement placement = PathPlacement.of(site);
        Map<String, DeviceIr> devices = new TreeMap<>();
        ir.devices().forEach(d -> devices.put(d.device().name(), d));
        List<Span> rules = new ArrayList<>();
        List<Placement> result = new ArrayList<>();
        for (Flow flow : flows) {
            if (!rules.contains(flow.origin())) {
                rules.add(flow.origin());
            }
            Optional<Diagnostic> error = diagnostics.stream()
                    .filter(d -> d.code() == Code.ZC0301 && d.primary().equals(Optional.of(flow.origin()))
                            && d.message().contains("`" + flow.sourceZone() + "` to zone `" + flow.destinationZone() + "`"))
                    .findFirst();
            for (IpFamily family : Lowering.families(flow)) {
                PathPlacement.Paths paths = placement.paths(flow.sourceZone(), flow.destinationZone(), family);
                List<Crossed> crossed = new ArrayList<>();
                for (Crossing c : paths.crossings()) {
                    DeviceIr d = devices.get(c.device());
                    List<IrRule> own = d.rules().stream().filter(r -> r.flowId() == flow.id() && r.family() == family
                            && (r.kind() == RuleKind.REQUEST ? r.inZone().equals(c.inZone()) && r.outZone().equals(c.outZone())
                            : r.inZone().equals(c.outZone()) && r.outZone().equals(c.inZone()))).toList();
                    crossed.add(new Crossed(d.device(), c.inZone(), c.outZone(), names(d.device(), c.inZone()),
                            names(d.device(), c.outZone()), own));
                }
                List<List<String>> listed = paths.list(MAX_PATHS);
                crossed.sort(java.util.Comparator.comparingInt((Crossed c) -> step(listed, c))
                        .thenComparing(c -> c.device().name()).thenComparing(Crossed::inZone));
                result.add(new Placement(flow, family, paths.devices(), paths.count(), listed, crossed,
                        paths.isEmpty() ? error : Optional.empty()));
            }
        }
        return Optional.of(new Explanation(rules, result));
    }

    /** How far along the listed paths a crossing's device first comes: crossings are shown in the flow's direction. */
    private static int step(List<List<String>> paths, Crossed c) {
        return paths.stream().mapToInt(p -> p.indexOf(c.device().name())).filter(i -> i >= 0).min().orElse(Integer.MAX_VALUE);
    }

    /** Whether a span lies in the file the user named: by its path in the site, as given, or as the end of either. */
    private static boolean in(Span span, String file) {
        SourceFile f = span.file();
        String name = file.replace('\\', '/');
        return f.sitePath().equals(name) || f.displayPath().equals(name) || f.displayPath().endsWith("/" + name)
                || name.endsWith("/" + f.sitePath());
    }

    private static List<String> names(Device device, String zone) {
        return device.interfacesFacing(zone).stream().map(Interface::name).toList();
    }
}
