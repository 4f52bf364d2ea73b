package dev.zonec.platform.linux.render.iptables;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.PortRange;
import dev.zonec.render.Origin;
import java.util.List;

/**
 * What the iptables-restore template writes for one address family: zonec's chains and its rules. Values only
 * (interface names, addresses, ports, numbers, keywords as enums); comments and log prefixes are written through the
 * template's {@code quote(...)}, iptables-save's own quoting.
 *
 * @param v6 the ip6tables ruleset
 * @param entry the chain FORWARD jumps to, which sends packets entering or leaving through one of {@code interfaces}
 *              (the inventory's) on to {@code chain}, whose rules are {@code rules}
 * @param inputEntry the chain INPUT jumps to, which sends packets for the host entering through one of
 *              {@code interfaces} on to {@code inputChain}, whose accepts are {@code input} (the control plane, then
 *              the rules addressed to the device)
 */
public record IptView(List<String> header, boolean v6, String entry, String chain, List<String> interfaces,
                      List<Rule> rules, String inputEntry, String inputChain, List<Rule> input) {
    public IptView {
        header = List.copyOf(header);
        interfaces = List.copyOf(interfaces);
        rules = List.copyOf(rules);
        input = List.copyOf(input);
    }

    /** A source or destination block: a prefix ({@code -s}), a range ({@code -m iprange}), or every address. */
    public record Address(Kind kind, String address, int length, String last) {
        public enum Kind { ANY, PREFIX, RANGE }
    }

    /**
     * The protocol term of a rule: its protocol ({@code NONE} for every protocol), the source port, the destination
     * ports (none for every port, one for {@code --dport}, more for {@code -m multiport}), or an ICMP type and code.
     */
    public record Service(Protocol protocol, PortRange sourcePorts, List<PortRange> destinationPorts,
                          List<Integer> icmpType, List<Integer> icmpCode) {
        /** {@code OSPF} (IP 89) and {@code VRRP} (IP 112) are the control plane's protocols without ports. */
        public enum Protocol { NONE, TCP, UDP, ICMP, ICMP6, OSPF, VRRP }

        public Service {
            destinationPorts = List.copyOf(destinationPorts);
            icmpType = List.copyOf(icmpType);
            icmpCode = List.copyOf(icmpCode);
        }
    }

    /**
     * One match of zonec's chain, written as an ACCEPT line and, when {@code logPrefix} is not empty, a LOG line
     * before it (LOG does not end the chain); {@code out} is empty in the input chain. {@code part} names the
     * scaffolding it is when it serves no rule (the control plane).
     */
    public record Rule(Address source, Address destination, String in, String out, Service service, String comment,
                       String logPrefix, List<IrRule> rules, String part) implements Origin {
        public Rule {
            rules = List.copyOf(rules);
        }

        public Rule(Address source, Address destination, String in, String out, Service service, String comment,
                    String logPrefix, List<IrRule> rules) {
            this(source, destination, in, out, service, comment, logPrefix, rules, "");
        }
    }
}
