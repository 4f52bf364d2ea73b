package dev.zonec.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.diff.RuleDiff;
import dev.zonec.driver.PipelineResult;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.source.Span;
import dev.zonec.query.PolicyLine;
import dev.zonec.report.Json;
import dev.zonec.report.Reports;
import dev.zonec.report.TextDiagnostics;
import dev.zonec.render.RenderedConfig;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show what one policy line became: for each of its flows and IP versions, the paths the network "
                + "routes it along, the devices and interfaces it crosses, and the rules each device got. FILE:LINE "
                + "names an allow rule, or a conduit's first line for all its rules.")
final class ExplainCommand implements Callable<Integer> {
    private static final Pattern WHERE = Pattern.compile("(.+):(\\d{1,9})(?::\\d{1,9})?");

    @Mixin
    SiteOptions options;

    @Parameters(index = "1", paramLabel = "FILE:LINE", description = "A policy file (as in the site, e.g. conduits.zc) and a line.")
    String where;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        Matcher m = WHERE.matcher(where);
        if (!m.matches()) {
            return usage("`" + where + "` is not FILE:LINE (e.g. conduits.zc:12)");
        }
        PipelineResult result = options.run(main);
        if (result.site().isEmpty() || result.ir().isEmpty()) {
            spec.commandLine().getOut().print(TextDiagnostics.render(result.diagnostics()));
            spec.commandLine().getOut().flush();
            return 1;
        }
        Optional<PolicyLine.Explanation> explained = PolicyLine.explain(result.site().get(), result.ir().get(),
                result.diagnostics(), m.group(1), Integer.parseInt(m.group(2)));
        if (explained.isEmpty()) {
            return usage("no allow rule or conduit starts at " + m.group(1) + ":" + m.group(2) + " in site "
                    + result.site().get().name());
        }
        Map<String, RenderedConfig> files = result.configs().stream()
                .collect(Collectors.toMap(RenderedConfig::device, Function.identity()));
        spec.commandLine().getOut().print(options.format == Reports.json ? json(explained.get())
                : text(explained.get(), files));
        spec.commandLine().getOut().flush();
        return explained.get().placements().stream().anyMatch(p -> p.error().isPresent()) ? 1 : 0;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("zonec: " + message);
        spec.commandLine().getErr().flush();
        return 2;
    }

    private static String text(PolicyLine.Explanation e, Map<String, RenderedConfig> files) {
        StringBuilder out = new StringBuilder();
        for (Span rule : e.rules()) {
            out.append(rule.location()).append("  ").append(rule.file().line(rule.line()).strip()).append('\n');
        }
        for (PolicyLine.Placement p : e.placements()) {
            out.append('\n').append("flow ").append(p.flow().id()).append(" (conduit ").append(p.flow().conduit())
                    .append("): ").append(p.flow().sourceZone()).append(" -> ").append(p.flow().destinationZone())
                    .append(", ").append(version(p.family())).append('\n');
            if (p.error().isPresent()) {
                out.append("  not placed: ").append(p.error().get().message()).append('\n');
                p.error().get().help().forEach(h -> out.append("  help: ").append(h).append('\n'));
                continue;
            }
            out.append("  ").append(count(p.count(), "path")).append(", ").append(count(p.devices(), "device"))
                    .append(" each").append(p.truncated() ? " (the first " + p.paths().size() + " listed)" : "").append(":\n");
            p.paths().forEach(path -> out.append("    ").append(String.join(" -> ", path)).append('\n'));
            for (PolicyLine.Crossed c : p.crossings()) {
                RenderedConfig file = files.get(c.device().name());
                out.append("  ").append(c.device().name()).append(" (").append(c.device().platform().id())
                        .append(file == null ? "" : ", " + String.join(", ", file.files().stream().map(f -> f.name()).toList()))
                        .append("): ").append(String.join(", ", c.inInterfaces())).append(" (").append(c.inZone())
                        .append(") -> ").append(String.join(", ", c.outInterfaces())).append(" (").append(c.outZone())
                        .append(")\n");
                if (c.rules().isEmpty()) {
                    out.append("    (no rule: none of its service terms has this IP version)\n");
                }
                for (IrRule r : c.rules()) {
                    out.append("    ").append(RuleDiff.describe(r)).append("  ").append(RuleDiff.packets(r)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static String json(PolicyLine.Explanation e) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode rules = root.putArray("rules");
        e.rules().forEach(r -> rules.add(Json.location(r)));
        ArrayNode flows = root.putArray("flows");
        for (PolicyLine.Placement p : e.placements()) {
            ObjectNode node = flows.addObject();
            node.put("flow", p.flow().id());
            node.put("conduit", p.flow().conduit());
            node.put("from", p.flow().sourceZone());
            node.put("to", p.flow().destinationZone());
            node.put("version", version(p.family()));
            node.set("rule", Json.location(p.flow().origin()));
            p.error().ifPresent(d -> node.put("error", d.code().name() + ": " + d.message()));
            node.put("devicesPerPath", p.devices());
            node.put("paths", p.count());
            ArrayNode listed = node.putArray("listedPaths");
            p.paths().forEach(path -> {
                ArrayNode one = listed.addArray();
                path.forEach(one::add);
            });
            ArrayNode crossings = node.putArray("crossings");
            for (PolicyLine.Crossed c : p.crossings()) {
                ObjectNode x = crossings.addObject();
                x.put("device", c.device().name());
                x.put("platform", c.device().platform().id());
                x.put("from", c.inZone());
                x.put("to", c.outZone());
                ArrayNode in = x.putArray("inInterfaces");
                c.inInterfaces().forEach(in::add);
                ArrayNode out = x.putArray("outInterfaces");
                c.outInterfaces().forEach(out::add);
                ArrayNode own = x.putArray("rules");
                for (IrRule r : c.rules()) {
                    ObjectNode rule = own.addObject();
                    rule.put("rule", RuleDiff.describe(r));
                    rule.put("matches", RuleDiff.packets(r));
                }
            }
        }
        return Json.pretty(root);
    }

    private static String version(IpFamily family) {
        return family == IpFamily.V4 ? "IPv4" : "IPv6";
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
