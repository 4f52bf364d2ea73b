package dev.zonec.platform.linux.render.nftables;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.PortRange;
import dev.zonec.render.Origin;
import java.util.List;

/**
 * What the nftables template writes: the named address sets and the forward chain's rules. Values only (interface
 * names, addresses, ports, numbers, keywords as enums); comments arrive reduced to what a quoted nft string may hold.
 * {@code interfaces} are the device's inventory interfaces: forwarded packets that neither enter nor leave through one
 * of them, and packets to the device that do not enter through one, are not zonec's to judge. {@code input} are the
 * accepts of the input chain: the device's control plane and the rules addressed to the device.
 */
public record NftView(List<String> header, List<String> interfaces, List<NamedSet> sets, List<Rule> rules,
                      List<Rule> input) {
    public NftView {
        header = List.copyOf(header);
        interfaces = List.copyOf(interfaces);
        sets = List.copyOf(sets);
        rules = List.copyOf(rules);
        input = List.copyOf(input);
    }

    /** An interval set of one endpoint's addresses ({@code ipv4_addr} or {@code ipv6_addr}). */
    public record NamedSet(String name, boolean v6, List<String> elements, List<IrRule> rules) implements Origin {
        public NamedSet {
            elements = List.copyOf(elements);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /** A source or destination: one address or prefix, a named set ({@code @name}), or an anonymous set. */
    public record Address(Kind kind, List<String> values) {
        public enum Kind { SINGLE, SET, ANONYMOUS }

        public Address {
            values = List.copyOf(values);
        }
    }

    /**
     * What a rule matches beyond addresses: nothing ({@code ANY}), a protocol ({@code TCP}, {@code UDP}, {@code ICMP},
     * {@code ICMP6} with no ports or type), TCP or UDP destination ports, or an ICMP or ICMPv6 type and code.
     */
    public record Match(Kind kind, Protocol protocol, List<PortRange> ports, List<Integer> icmpType,
                        List<Integer> icmpCode, PortRange sourcePorts) {
        public enum Kind { ANY, PROTOCOL, PORTS, ICMP }

        /** {@code OSPF} (IP 89) and {@code VRRP} (IP 112) are the control plane's protocols without ports. */
        public enum Protocol { NONE, TCP, UDP, ICMP, ICMP6, OSPF, VRRP }

        public Match {
            ports = List.copyOf(ports);
            icmpType = List.copyOf(icmpType);
            icmpCode = List.copyOf(icmpCode);
        }

        public Match(Kind kind, Protocol protocol, List<PortRange> ports, List<Integer> icmpType,
                     List<Integer> icmpCode) {
            this(kind, protocol, ports, icmpType, icmpCode, PortRange.ALL);
        }
    }

    /**
     * One accept rule of the forward chain (the interfaces of the zone pair) or of the input chain (the ingress
     * interfaces, {@code out} empty): addresses, match, the log prefix (empty when the rule is not logged), comment;
     * {@code part} names the scaffolding it is when it serves no rule (the control plane).
     */
    public record Rule(List<String> in, List<String> out, boolean v6, Address source, Address destination,
                       Match match, String logPrefix, String comment, List<IrRule> rules, String part)
            implements Origin {
        public Rule {
            in = List.copyOf(in);
            out = List.copyOf(out);
            rules = List.copyOf(rules);
        }

        public Rule(List<String> in, List<String> out, boolean v6, Address source, Address destination, Match match,
                    String logPrefix, String comment, List<IrRule> rules) {
            this(in, out, v6, source, destination, match, logPrefix, comment, rules, "");
        }
    }
}
