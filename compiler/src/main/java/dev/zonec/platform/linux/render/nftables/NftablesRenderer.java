package dev.zonec.platform.linux.render.nftables;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.Site;
import dev.zonec.render.AddressSets;
import dev.zonec.render.ConfigText;
import dev.zonec.render.FilePlan;
import dev.zonec.render.Renderer;
import dev.zonec.render.RuleText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Linux nftables: one {@code inet zonec} table whose {@code forward} chain drops by default, accepts established
 * and related traffic (conntrack), and accepts each placed flow by ingress and egress interface. Endpoints of
 * several blocks become named interval sets. The file replaces the table atomically ({@code nft -f}).
 */
public final class NftablesRenderer implements Renderer {
    private static final Pattern SET_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");
    /** nftables keeps at most 128 bytes of a rule comment. */
    private static final int COMMENT_MAX = 120;


    @Override
    public List<FilePlan> plan(DeviceIr device, Site site) {
        Map<String, NftView.NamedSet> sets = new LinkedHashMap<>();
        List<String> rules = new ArrayList<>();
        for (IrRule rule : device.rules()) {
            String prefix = interfaces("iifname", device.device(), rule.inZone()) + " "
                    + interfaces("oifname", device.device(), rule.outZone()) + " "
                    + side(rule.family(), "saddr", rule.sources(), sets) + " "
                    + side(rule.family(), "daddr", rule.destinations(), sets);
            String verdict = (rule.log() ? "log prefix \"zonec flow " + rule.flowId() + ": \" " : "") + "accept"
                    + " comment \"" + ConfigText.freeText(RuleText.describe(rule), "\"\\", '\'', COMMENT_MAX) + "\"";
            for (String l4 : services(rule.matches())) {
                rules.add(prefix + (l4.isEmpty() ? "" : " " + l4) + " " + verdict);
            }
        }
        List<String> header = List.of(
                "zonec: " + device.device().name() + " (nftables), site " + site.name(),
                "Generated from the policy: edit the policy and recompile, not this file.",
                "Load with: nft -f " + device.device().name() + ".nft (replaces table inet zonec atomically)");
        return List.of(new FilePlan(device.device().name() + ".nft", "device.ftl", new NftView(header, List.copyOf(sets.values()), rules)));
    }

    private static String interfaces(String keyword, Device device, String zone) {
        List<String> names = device.interfacesFacing(zone).stream().map(i -> "\"" + i.name() + "\"").toList();
        return keyword + " " + (names.size() == 1 ? names.get(0) : "{ " + String.join(", ", names) + " }");
    }

    /** {@code ip saddr 10.1.1.11}, {@code ip saddr @hmi_v4} or {@code ip saddr { a, b }}. */
    private static String side(IpFamily family, String field, List<Endpoint> endpoints, Map<String, NftView.NamedSet> sets) {
        String keyword = (family == IpFamily.V4 ? "ip " : "ip6 ") + field + " ";
        List<AddressBlock> blocks = AddressSets.merged(endpoints, family);
        if (blocks.size() == 1) {
            return keyword + blocks.get(0).text();
        }
        String elements = blocks.stream().map(AddressBlock::text).collect(Collectors.joining(", "));
        if (endpoints.size() > 1) {
            return keyword + "{ " + elements + " }";
        }
        String name = ConfigText.name(endpoints.get(0).name().replace('-', '_') + (family == IpFamily.V4 ? "_v4" : "_v6"),
                SET_NAME);
        sets.putIfAbsent(name, new NftView.NamedSet(name, family == IpFamily.V4 ? "ipv4_addr" : "ipv6_addr", elements));
        return keyword + "@" + name;
    }

    /**
     * One L4 expression per protocol: TCP and UDP destination ports gathered into one set each, then each ICMP
     * term; an empty string for {@code any} service (no L4 match).
     */
    private static List<String> services(List<Match> matches) {
        Map<Protocol, List<PortRange>> ports = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (Match m : matches) {
            if (m instanceof Match.L4 l4) {
                ports.computeIfAbsent(l4.protocol(), p -> new ArrayList<>()).add(l4.destinationPorts());
            } else if (m instanceof Match.Icmp icmp) {
                others.add(icmp(icmp));
            } else {
                others.add("");
            }
        }
        List<String> result = new ArrayList<>();
        ports.forEach((protocol, ranges) -> {
            String name = protocol == Protocol.TCP ? "tcp" : "udp";
            if (ranges.stream().anyMatch(PortRange::isAll)) {
                result.add("meta l4proto " + name);
            } else {
                List<String> items = ranges.stream().sorted().distinct().map(PortRange::toString).toList();
                result.add(name + " dport " + (items.size() == 1 ? items.get(0) : "{ " + String.join(", ", items) + " }"));
            }
        });
        result.addAll(others);
        return result;
    }

    private static String icmp(Match.Icmp icmp) {
        boolean v4 = icmp.protocol() == Protocol.ICMP;
        if (icmp.type().isEmpty()) {
            return "meta l4proto " + (v4 ? "icmp" : "ipv6-icmp");
        }
        String kind = v4 ? "icmp" : "icmpv6";
        return kind + " type " + icmp.type().getAsInt()
                + (icmp.code().isPresent() ? " " + kind + " code " + icmp.code().getAsInt() : "");
    }
}
