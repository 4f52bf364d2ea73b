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

/**
 * The addresses and protocol terms of iptables rules, planned the way iptables-save prints them (so a loaded file
 * saves back line for line): hosts with their full length, ranges through {@code -m iprange}, destination ports
 * merged and cut into multiport groups. The template writes the options in iptables-save's order.
 */
final class IptMatches {
    /** xt_multiport holds 15 port slots; a range takes two (iptables-extensions(8), XT_MULTI_PORTS). */
    static final int MULTIPORT_SLOTS = 15;

    private IptMatches() {}

    /** The address of a block as iptables-save writes it: a prefix (hosts /32, /128), a range, or every address. */
    static IptView.Address address(AddressBlock block) {
        if (block.form() == AddressBlock.Form.RANGE) {
            return new IptView.Address(IptView.Address.Kind.RANGE, text(block.lower()), 0, text(block.upper()));
        }
        int length = block.form() == AddressBlock.Form.HOST ? block.lower().getBitCount()
                : block.prefixBlocks().get(0).getNetworkPrefixLength();
        if (length == 0) {
            return new IptView.Address(IptView.Address.Kind.ANY, "", 0, ""); // iptables-save omits every address
        }
        return new IptView.Address(IptView.Address.Kind.PREFIX, text(block.lower()), length, "");
    }

    private static String text(IPAddress address) {
        return address.withoutPrefixLength().toCanonicalString();
    }

    /**
     * The rule's matches as protocol terms: TCP and UDP destination ports gathered per protocol (and source port,
     * which stays any for the requests a stateful platform gets), merged and cut into multiport groups of at most
     * 15 slots; then each ICMP term and {@code any}, in policy order.
     */
    static List<IptView.Service> services(List<Match> matches) {
        record PortKey(Protocol protocol, PortRange source) {}
        Map<PortKey, List<PortRange>> ports = new LinkedHashMap<>();
        List<IptView.Service> others = new ArrayList<>();
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
                others.add(new IptView.Service(IptView.Service.Protocol.NONE, PortRange.ALL, List.of(), List.of(),
                        List.of()));
            }
        }
        List<IptView.Service> result = new ArrayList<>();
        ports.forEach((key, destinations) -> result.addAll(ports(key.protocol(), key.source(), destinations)));
        result.addAll(others);
        return result.stream().distinct().toList();
    }

    private static List<IptView.Service> ports(Protocol protocol, PortRange source, List<PortRange> destinations) {
        IptView.Service.Protocol p = protocol == Protocol.TCP ? IptView.Service.Protocol.TCP
                : IptView.Service.Protocol.UDP;
        List<PortRange> merged = merge(destinations);
        if (merged.size() == 1 && merged.get(0).isAll()) {
            return List.of(new IptView.Service(p, source, List.of(), List.of(), List.of()));
        }
        return chunks(merged).stream().map(chunk -> new IptView.Service(p, source, chunk, List.of(), List.of()))
                .toList();
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

    /** Every ICMP type, or one type with its code when the service names one. */
    private static IptView.Service icmp(Match.Icmp icmp) {
        return new IptView.Service(icmp.family() == IpFamily.V4 ? IptView.Service.Protocol.ICMP
                : IptView.Service.Protocol.ICMP6, PortRange.ALL, List.of(), icmp.type().stream().boxed().toList(),
                icmp.code().stream().boxed().toList());
    }
}
