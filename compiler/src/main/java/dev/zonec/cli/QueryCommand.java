package dev.zonec.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.driver.PipelineResult;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.Zone;
import dev.zonec.packet.Packet;
import dev.zonec.model.ir.IrRule;
import dev.zonec.query.FlowQuery;
import dev.zonec.render.OutputFile;
import dev.zonec.report.Json;
import dev.zonec.report.Reports;
import dev.zonec.report.TextDiagnostics;
import dev.zonec.resolve.ServiceCatalogue;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Ask what the emitted rules do with one flow: for each path, each device's verdict and the rule "
                + "(and policy line) that decided it, then the overall verdict.")
final class QueryCommand implements Callable<Integer> {
    private static final Pattern SPEC = Pattern.compile("(tcp|udp)/(\\d{1,5})|(icmp6?)(?:/(\\d{1,3})(?:/(\\d{1,3}))?)?");

    @Mixin
    SiteOptions options;

    @Option(names = "--from", required = true, paramLabel = "ADDR", description = "Source address.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "ADDR", description = "Destination address.")
    String to;

    @Option(names = "--service", required = true, paramLabel = "SERVICE",
            description = "tcp/PORT, udp/PORT, icmp[/TYPE[/CODE]], icmp6[/TYPE], or a catalogue service name (e.g. modbus).")
    String service;

    @Option(names = "--src-port", paramLabel = "PORT", defaultValue = "49152",
            description = "Source port of a TCP or UDP query (default: ${DEFAULT-VALUE}).")
    int sourcePort;

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PipelineResult result = options.run(main);
        if (result.ir().isEmpty() || result.site().isEmpty()) {
            spec.commandLine().getOut().print(TextDiagnostics.render(result.diagnostics()));
            return 1;
        }
        Optional<IPAddress> src = address(from);
        Optional<IPAddress> dst = address(to);
        if (src.isEmpty() || dst.isEmpty() || src.get().isIPv4() != dst.get().isIPv4()) {
            return usage("--from and --to must be addresses of the same IP version");
        }
        Optional<Zone> fromZone = FlowQuery.zoneOf(result.site().get(), AddressBlock.of(src.get()));
        Optional<Zone> toZone = FlowQuery.zoneOf(result.site().get(), AddressBlock.of(dst.get()));
        if (fromZone.isEmpty() || toZone.isEmpty()) {
            return usage((fromZone.isEmpty() ? from : to) + " lies in no zone of site " + result.site().get().name());
        }
        List<Match> matches = matches(service);
        if (matches.isEmpty()) {
            return usage("--service `" + service + "` is not tcp/PORT, udp/PORT, icmp[/TYPE[/CODE]], icmp6[/TYPE] or a catalogue service");
        }
        IpFamily family = src.get().isIPv4() ? IpFamily.V4 : IpFamily.V6;
        List<FlowQuery.Answer> answers = new ArrayList<>();
        for (Match m : matches) {
            answers.add(FlowQuery.ask(result.site().get(), result.ir().get(), packet(family, src.get(), dst.get(), m),
                    fromZone.get().name(), toZone.get().name()));
        }
        Map<String, List<OutputFile>> files = new HashMap<>();
        result.configs().forEach(c -> files.put(c.device(), c.files()));
        spec.commandLine().getOut().print(options.format == Reports.json ? json(answers, files) : text(answers, files));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private int usage(String message) {
        spec.commandLine().getErr().println("zonec: " + message);
        spec.commandLine().getErr().flush();
        return 2;
    }

    private Packet packet(IpFamily family, IPAddress src, IPAddress dst, Match m) {
        if (m instanceof Match.L4 l4) {
            return new Packet(family, l4.protocol().number(), src, dst, sourcePort, l4.destinationPorts().first(), 0, 0, false);
        }
        Match.Icmp icmp = (Match.Icmp) m;
        return new Packet(family, icmp.protocol().number(), src, dst, 0, 0, icmp.type().orElse(8), icmp.code().orElse(0), false);
    }

    private static List<Match> matches(String spec) {
        Matcher m = SPEC.matcher(spec);
        if (m.matches()) {
            if (m.group(1) != null) {
                int port = Integer.parseInt(m.group(2));
                if (port < 1 || port > 65535) {
                    return List.of();
                }
                return List.of(Match.L4.toPorts(m.group(1).equals("tcp") ? Protocol.TCP : Protocol.UDP,
                        dev.zonec.model.site.PortRange.single(port)));
            }
            Protocol p = m.group(3).equals("icmp") ? Protocol.ICMP : Protocol.ICMP6;
            java.util.OptionalInt type = m.group(4) == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(Integer.parseInt(m.group(4)));
            java.util.OptionalInt code = m.group(5) == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(Integer.parseInt(m.group(5)));
            return List.of(new Match.Icmp(p, type.isPresent() ? type : java.util.OptionalInt.of(p == Protocol.ICMP ? 8 : 128), code));
        }
        return ServiceCatalogue.builtIn().find(spec).map(ServiceCatalogue.Entry::matches).orElse(List.of());
    }

    private static Optional<IPAddress> address(String text) {
        IPAddress a = new IPAddressString(text).getAddress();
        return a == null || a.isMultiple() ? Optional.empty() : Optional.of(a.withoutPrefixLength());
    }

    /** The lines of the device's files that enforce {@code rule}, from the render stage's source map. */
    private static List<Written> written(List<OutputFile> files, IrRule rule) {
        List<Written> result = new ArrayList<>();
        for (OutputFile f : files) {
            List<Integer> lines = f.map().linesOf(rule);
            if (!lines.isEmpty()) {
                result.add(new Written(f.name(), lines));
            }
        }
        return result;
    }

    /** Lines of one generated file. */
    private record Written(String file, List<Integer> lines) {
        /** {@code sw-core.ios:24-26,31}. */
        String describe() {
            StringBuilder b = new StringBuilder(file).append(':');
            for (int i = 0; i < lines.size(); i++) {
                int first = lines.get(i);
                int last = first;
                while (i + 1 < lines.size() && lines.get(i + 1) == last + 1) {
                    last = lines.get(++i);
                }
                b.append(b.charAt(b.length() - 1) == ':' ? "" : ",").append(first).append(last > first ? "-" + last : "");
            }
            return b.toString();
        }
    }

    private static String text(List<FlowQuery.Answer> answers, Map<String, List<OutputFile>> files) {
        StringBuilder out = new StringBuilder();
        for (FlowQuery.Answer a : answers) {
            out.append("query: ").append(a.packet().describe()).append("  (").append(a.fromZone()).append(" -> ")
                    .append(a.toZone()).append(")\n");
            if (a.paths().isEmpty()) {
                out.append("  no device joins the two zones, even through other zones\n");
            } else if (!a.routed()) {
                out.append("  no admissible path: the network routes nothing of this IP version between the two zones; ")
                        .append("on the cabling's shortest paths:\n");
            }
            int n = 1;
            for (FlowQuery.PathResult p : a.paths()) {
                out.append("  path ").append(n++).append(": ").append(String.join(" -> ", p.route())).append('\n');
                for (FlowQuery.DeviceVerdict v : p.devices()) {
                    out.append("    ").append(v.device()).append(" (").append(v.platform().id()).append(") ")
                            .append(v.inZone()).append(" -> ").append(v.outZone()).append(": ")
                            .append(v.rule().map(r -> "permit, " + dev.zonec.render.RuleText.describe(r)
                                    .replace(" (" + r.origin().origin() + ")", "") + " at " + r.origin().location()
                                    + written(files.getOrDefault(v.device(), List.of()), r).stream()
                                            .map(w -> ", written at " + w.describe()).reduce("", String::concat))
                                    .orElse("deny (default deny)")).append('\n');
                }
                out.append("    => ").append(p.allowed() ? "allowed" : "denied").append('\n');
            }
            long open = a.paths().stream().filter(FlowQuery.PathResult::allowed).count();
            out.append("verdict: ").append(a.allowed() ? "ALLOWED" : "DENIED").append(" (").append(open).append(" of ")
                    .append(a.paths().size()).append(" paths open").append(a.truncated() ? ", more paths not listed" : "")
                    .append(")\n");
        }
        return out.toString();
    }

    private static String json(List<FlowQuery.Answer> answers, Map<String, List<OutputFile>> files) {
        ArrayNode root = Json.MAPPER.createArrayNode();
        for (FlowQuery.Answer a : answers) {
            ObjectNode node = root.addObject();
            node.put("packet", a.packet().describe());
            node.put("from", a.fromZone());
            node.put("to", a.toZone());
            node.put("verdict", a.allowed() ? "allowed" : "denied");
            node.put("routed", a.routed());
            node.put("truncated", a.truncated());
            ArrayNode paths = node.putArray("paths");
            for (FlowQuery.PathResult p : a.paths()) {
                ObjectNode path = paths.addObject();
                ArrayNode route = path.putArray("route");
                p.route().forEach(route::add);
                path.put("verdict", p.allowed() ? "allowed" : "denied");
                ArrayNode devices = path.putArray("devices");
                for (FlowQuery.DeviceVerdict v : p.devices()) {
                    ObjectNode d = devices.addObject();
                    d.put("device", v.device());
                    d.put("platform", v.platform().id());
                    d.put("from", v.inZone());
                    d.put("to", v.outZone());
                    d.put("verdict", v.permits() ? "permit" : "deny");
                    v.rule().ifPresent(r -> {
                        d.put("rule", dev.zonec.render.RuleText.describe(r));
                        d.set("policy", Json.location(r.origin()));
                        ArrayNode config = d.putArray("config");
                        for (Written w : written(files.getOrDefault(v.device(), List.of()), r)) {
                            ObjectNode file = config.addObject();
                            file.put("file", w.file());
                            ArrayNode lines = file.putArray("lines");
                            w.lines().forEach(lines::add);
                        }
                    });
                }
            }
        }
        return Json.pretty(root);
    }
}
