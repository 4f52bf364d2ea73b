package dev.zonec.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.check.Chain;
import dev.zonec.check.Hop;
import dev.zonec.check.InvariantCheck;
import dev.zonec.check.InvariantResult;
import dev.zonec.driver.PipelineResult;
import dev.zonec.lower.Lowering;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.FlowPlacement;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Site;
import dev.zonec.render.OutputFile;
import dev.zonec.render.RenderedConfig;
import dev.zonec.verify.Verifier;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The report of a {@code check} or {@code compile} run: diagnostics, site summary, invariants, devices. */
public final class RunReport {

    private RunReport() {}

    public static String text(String command, PipelineResult result, Optional<String> wroteTo) {
        StringBuilder out = new StringBuilder(TextDiagnostics.render(result.diagnostics()));
        result.site().ifPresent(site -> summary(site, result, out));
        if (!result.proofs().isEmpty()) {
            long proven = result.proofs().stream().filter(Verifier.DeviceResult::proven).count();
            out.append("verified: ").append(proven).append(" of ").append(result.proofs().size())
                    .append(" device configs proven equivalent to the policy\n");
        }
        wroteTo.ifPresent(dir -> out.append("wrote ").append(result.configs().size()).append(" config")
                .append(result.configs().size() == 1 ? "" : "s").append(" and manifest.json to ").append(dir).append('\n'));
        long waived = result.diagnostics().stream().filter(Diagnostic::isWaived).count();
        out.append(command).append(": ").append(count(result.errorCount(), "error")).append(", ")
                .append(count(result.warningCount(), "warning"))
                .append(waived == 0 ? "" : ", " + waived + " waived").append('\n');
        return out.toString();
    }

    private static void summary(Site site, PipelineResult result, StringBuilder out) {
        out.append("site ").append(site.name()).append(": ").append(count(site.zones().size(), "zone")).append(", ")
                .append(count(site.assets().size(), "asset")).append(", ")
                .append(count(site.conduits().size(), "conduit")).append(", ")
                .append(count(site.flows().size(), "flow")).append(", ")
                .append(count(site.devices().size(), "device")).append('\n');
        if (!result.invariants().isEmpty()) {
            out.append("requirements:\n");
            for (InvariantResult r : result.invariants()) {
                String verdict = r.witness().isEmpty() ? "holds   " : r.waiver().isPresent() ? "waived  " : "VIOLATED";
                out.append("  ").append(verdict).append("  ").append(InvariantCheck.describe(r.invariant()))
                        .append("  (").append(r.invariant().span().location()).append(")\n");
            }
        }
        result.ir().ifPresent(ir -> {
            Map<String, RenderedConfig> files = result.configs().stream()
                    .collect(Collectors.toMap(RenderedConfig::device, Function.identity()));
            int width = ir.devices().stream().mapToInt(d -> d.device().name().length()).max().orElse(0);
            out.append("devices:\n");
            for (DeviceIr d : ir.devices()) {
                RenderedConfig file = files.get(d.device().name());
                out.append("  ").append(pad(d.device().name(), width)).append("  ").append(pad(d.device().platform().id(), 16))
                        .append(String.format("%5d rule%s", d.rules().size(), d.rules().size() == 1 ? " " : "s"))
                        .append(file == null ? "" : "  " + String.join(", ", file.files().stream().map(OutputFile::name).toList()))
                        .append('\n');
            }
            Placement p = Placement.of(ir);
            out.append("placement: ").append(p.flows()).append(" of ").append(count(site.flows().size(), "flow"))
                    .append(" placed (").append(p.v4()).append(" IPv4, ")
                    .append(p.v6()).append(" IPv6) on ").append(count(p.paths(), "shortest path")).append(" through ")
                    .append(count(p.devices(), "device")).append("; at most ").append(count(p.most(), "device"))
                    .append(" for one flow (a warning above ").append(Lowering.MANY_DEVICES).append(")\n");
        });
    }

    /**
     * The placement in numbers: flows placed, per IP version, shortest paths (saturating), devices that carry any, and
     * the most devices one flow lands on.
     */
    private record Placement(long flows, long v4, long v6, long paths, long devices, int most) {
        static Placement of(Ir ir) {
            Map<Integer, java.util.Set<String>> byFlow = new java.util.TreeMap<>();
            java.util.Set<String> devices = new java.util.TreeSet<>();
            long paths = 0;
            long v4 = 0;
            for (FlowPlacement p : ir.placements()) {
                byFlow.computeIfAbsent(p.flowId(), k -> new java.util.TreeSet<>()).addAll(p.devices());
                devices.addAll(p.devices());
                paths = paths > Long.MAX_VALUE - p.paths() ? Long.MAX_VALUE : paths + p.paths();
                v4 += p.family() == IpFamily.V4 ? 1 : 0;
            }
            int most = byFlow.values().stream().mapToInt(java.util.Set::size).max().orElse(0);
            return new Placement(byFlow.size(), v4, ir.placements().size() - v4, paths, devices.size(), most);
        }
    }

    public static String json(String command, PipelineResult result, Optional<String> wroteTo) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("command", command);
        root.put("errors", result.errorCount());
        root.put("warnings", result.warningCount());
        root.put("waived", result.diagnostics().stream().filter(Diagnostic::isWaived).count());
        root.set("diagnostics", Json.diagnostics(result.diagnostics()));
        result.site().ifPresent(site -> root.put("site", site.name()));
        ArrayNode invariants = root.putArray("requirements");
        for (InvariantResult r : result.invariants()) {
            ObjectNode node = invariants.addObject();
            node.put("requirement", InvariantCheck.describe(r.invariant()));
            node.put("code", InvariantCheck.code(r.invariant()).name());
            node.put("holds", r.holds());
            node.put("waived", r.waiver().isPresent());
            node.set("location", Json.location(r.invariant().span()));
            r.witness().ifPresent(w -> node.set("witness", witness(w)));
        }
        ArrayNode devices = root.putArray("devices");
        result.ir().ifPresent(ir -> {
            Map<String, RenderedConfig> files = result.configs().stream()
                    .collect(Collectors.toMap(RenderedConfig::device, Function.identity()));
            for (DeviceIr d : ir.devices()) {
                ObjectNode node = devices.addObject();
                node.put("device", d.device().name());
                node.put("platform", d.device().platform().id());
                node.put("rules", d.rules().size());
                RenderedConfig file = files.get(d.device().name());
                if (file != null) {
                    ArrayNode names = node.putArray("files");
                    file.files().forEach(f -> names.add(f.name()));
                }
            }
        });
        result.ir().ifPresent(ir -> {
            Placement p = Placement.of(ir);
            ObjectNode node = root.putObject("placement");
            node.put("flows", p.flows());
            node.put("ipv4", p.v4());
            node.put("ipv6", p.v6());
            node.put("paths", p.paths());
            node.put("devices", p.devices());
            node.put("mostDevicesForOneFlow", p.most());
            node.put("warnAbove", Lowering.MANY_DEVICES);
        });
        wroteTo.ifPresent(dir -> root.put("output", dir));
        return Json.pretty(root);
    }

    static ArrayNode witness(Chain chain) {
        ArrayNode links = Json.MAPPER.createArrayNode();
        for (Chain.Link l : chain.links()) {
            ObjectNode link = links.addObject();
            link.put("from", l.from());
            link.put("to", l.to());
            link.put("pivot", l.pivot());
            link.put("packet", l.packet().describe());
            ArrayNode hops = link.putArray("hops");
            for (Hop hop : l.hops()) {
                ObjectNode h = hops.addObject();
                h.put("device", hop.device());
                h.put("from", hop.inZone());
                h.put("to", hop.outZone());
                h.set("rule", Json.location(hop.rule().origin()));
            }
        }
        return links;
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
