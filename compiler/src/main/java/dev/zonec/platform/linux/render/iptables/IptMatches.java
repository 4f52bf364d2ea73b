package dev.zonec.platform.linux.render.iptables;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The match options of one iptables rule line, written in the order and form iptables-save prints them (so a
 * loaded file saves back line for line): {@code -s -d -i -o -p}, then {@code -m iprange}, the protocol's match,
 * {@code -m comment}.
 */
final class IptMatches {
    /** xt_multiport holds 15 port slots; a range takes two (iptables-extensions(8), XT_MULTI_PORTS). */
    static final int MULTIPORT_SLOTS = 15;

    private IptMatches() {}

    /**
     * One protocol term: the {@code -p} option (empty for every protocol) and the match modules that follow the
     * address ranges (empty for none).
     */
    record Service(String protocol, String modules) {}

    /**
     * The options before {@code -j}: addresses of one source and one destination block, one ingress and one
     * egress interface, one service term, the comment (already quoted).
     */
    static String line(AddressBlock source, AddressBlock destination, String in, String out, Service service,
                       String comment) {
        List<String> parts = new ArrayList<>();
        prefix("-s", source).ifPresent(parts::add);
        prefix("-d", destination).ifPresent(parts::add);
        parts.add("-i " + in);
        parts.add("-o " + out);
        if (!service.protocol().isEmpty()) {
            parts.add(service.protocol());
        }
        // xt_iprange takes both ranges in one match; a block that is not a CIDR prefix is matched exactly here
        // rather than widened to a covering prefix
        String ranges = (isRange(source) ? " --src-range " + range(source) : "")
                + (isRange(destination) ? " --dst-range " + range(destination) : "");
        if (!ranges.isEmpty()) {
            parts.add("-m iprange" + ranges);
        }
        if (!service.modules().isEmpty()) {
            parts.add(service.modules());
        }
        parts.add("-m comment --comment " + comment);
        return String.join(" ", parts);
    }

    /** {@code -s 10.1.1.11/32} (iptables-save writes hosts with /32 and /128); nothing for a range or 0.0.0.0/0. */
    private static Optional<String> prefix(String option, AddressBlock block) {
        if (isRange(block)) {
            return Optional.empty();
        }
        int length = block.form() == AddressBlock.Form.HOST ? block.lower().getBitCount()
                : block.prefixBlocks().get(0).getNetworkPrefixLength();
        if (length == 0) {
            return Optional.empty(); // iptables-save omits a match on every address
        }
        return Optional.of(option + " " + address(block.lower()) + "/" + length);
    }

    private static boolean isRange(AddressBlock block) {
        return block.form() == AddressBlock.Form.RANGE;
    }

    private static String range(AddressBlock block) {
        return address(block.lower()) + "-" + address(block.upper());
    }

    private static String address(IPAddress address) {
        return address.withoutPrefixLength().toCanonicalString();
    }

    /**
     * The rule's matches as protocol terms: TCP and UDP destination ports gathered per protocol (and source port,
     * which stays any for the requests a stateful platform gets), merged and cut into multiport groups of at most
     * 15 slots; then each ICMP term and {@code any}, in policy order.
     */
    static List<Service> services(List<Match> matches) {
        record PortKey(Protocol protocol, PortRange source) {}
        Map<PortKey, List<PortRange>> ports = new LinkedHashMap<>();
        List<Service> others = new ArrayList<>();
        for (Match m : matches) {
            if (m instanceof Match.L4 l4) {
                if (l4.established()) {
                    // only the lowering for stateless platforms writes these; iptables tracks connections
                    throw new IllegalStateException("iptables is stateful: no established-only match expected");
                }
                ports.computeIfAbsent(new PortKey(l4.protocol(), l4.sourcePorts()), k -> new ArrayList<>())
                        .add(l4.destinationPorts());
            } else if (m instanceof Match.Icmp icmp) {
                others.add(icmp(icmp));
            } else {
                others.add(new Service("", ""));
            }
        }
        List<Service> result = new ArrayList<>();
        ports.forEach((key, destinations) -> result.addAll(ports(key.protocol(), key.source(), destinations)));
        result.addAll(others);
        return result.stream().distinct().toList();
    }

    private static List<Service> ports(Protocol protocol, PortRange source, List<PortRange> destinations) {
        String name = protocol == Protocol.TCP ? "tcp" : "udp";
        String sport = source.isAll() ? "" : " --sport " + colon(source);
        List<PortRange> merged = merge(destinations);
        if (merged.size() == 1 && merged.get(0).isAll()) {
            return List.of(new Service("-p " + name, sport.isEmpty() ? "" : "-m " + name + sport));
        }
        List<Service> result = new ArrayList<>();
        for (List<PortRange> chunk : chunks(merged)) {
            String modules = chunk.size() == 1
                    ? "-m " + name + sport + " --dport " + colon(chunk.get(0))
                    : (sport.isEmpty() ? "" : "-m " + name + sport + " ") + "-m multiport --dports "
                            + chunk.stream().map(IptMatches::colon).collect(Collectors.joining(","));
            result.add(new Service("-p " + name, modules));
        }
        return result;
    }

    /** Sorted, with overlapping and adjacent ranges joined: the same ports in the fewest multiport slots. */
    static List<PortRange> merge(List<PortRange> ranges) {
        List<PortRange> sorted = ranges.stream().sorted().toList();
        List<PortRange> result = new ArrayList<>();
        for (PortRange r : sorted) {
            PortRange last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && r.first() <= last.last() + 1) {
                result.set(result.size() - 1, new PortRange(last.first(), Math.max(last.last(), r.last())));
            } else {
                result.add(r);
            }
        }
        return result;
    }

    /** Consecutive groups of at most {@link #MULTIPORT_SLOTS} slots, a single port taking one and a range two. */
    static List<List<PortRange>> chunks(List<PortRange> ranges) {
        List<List<PortRange>> result = new ArrayList<>();
        List<PortRange> current = new ArrayList<>();
        int used = 0;
        for (PortRange r : ranges) {
            int slots = r.isSingle() ? 1 : 2;
            if (used + slots > MULTIPORT_SLOTS) {
                result.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(r);
            used += slots;
        }
        if (!current.isEmpty()) {
            result.add(current);
        }
        return result;
    }

    /** {@code 502} or {@code 20000:20010}, iptables' port range syntax. */
    private static String colon(PortRange r) {
        return r.isSingle() ? Integer.toString(r.first()) : r.first() + ":" + r.last();
    }

    /** {@code -p icmp -m icmp --icmp-type 3/4}, {@code -p ipv6-icmp -m icmp6 --icmpv6-type 128}, or the protocol alone. */
    private static Service icmp(Match.Icmp icmp) {
        boolean v4 = icmp.family() == IpFamily.V4;
        String protocol = v4 ? "-p icmp" : "-p ipv6-icmp";
        if (icmp.type().isEmpty()) {
            return new Service(protocol, "");
        }
        String type = icmp.type().getAsInt() + (icmp.code().isPresent() ? "/" + icmp.code().getAsInt() : "");
        return new Service(protocol, (v4 ? "-m icmp --icmp-type " : "-m icmp6 --icmpv6-type ") + type);
    }
}
