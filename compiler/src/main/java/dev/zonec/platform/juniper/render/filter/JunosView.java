package dev.zonec.platform.juniper.render.filter;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.PortRange;
import dev.zonec.render.Origin;
import java.util.List;

/**
 * What the juniper-junos template writes as {@code set}/{@code delete} statements: the prefix lists, the input
 * filters of each zone and IP version with their terms, and the logical units they are bound to. Values only (names
 * checked against the platform's rule, keywords as enums, addresses, numbers); no user free text reaches this view.
 * {@code removals} delete what an earlier output created and this one does not (each a validated statement).
 */
public record JunosView(List<String> header, List<PrefixList> prefixLists, List<Filter> filters,
                        List<Binding> bindings, List<String> removals) {

    public JunosView {
        header = List.copyOf(header);
        removals = List.copyOf(removals);
        prefixLists = List.copyOf(prefixLists);
        filters = List.copyOf(filters);
        bindings = List.copyOf(bindings);
    }

    /** {@code policy-options prefix-list NAME} and its prefixes; {@code rules}, the rules whose terms use it. */
    public record PrefixList(String name, List<String> prefixes, List<IrRule> rules) implements Origin {
        public PrefixList {
            prefixes = List.copyOf(prefixes);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /** {@code firewall family inet|inet6 filter NAME} and its terms in order. */
    public record Filter(boolean v6, String name, List<Term> terms) {

        /** As the manifest records it: {@code FAMILY NAME}. */
        String owned() {
            return family(v6) + " " + name;
        }

        public Filter {
            terms = List.copyOf(terms);
        }
    }

    /** A source or destination condition: none, one prefix ({@code -address}) or a prefix list ({@code -prefix-list}). */
    public record Address(Kind kind, String value) {
        public enum Kind { NONE, PREFIX, LIST }

        static final Address NONE = new Address(Kind.NONE, "");
    }

    /**
     * One term: its {@code from} conditions (all must match; {@code protocol} is {@code NONE} for every protocol) and
     * its {@code then} actions: {@code count} (a counter named after the term), {@code syslog}, and accept or discard.
     *
     * @param part for zonec's own terms (neighbour discovery, the final discard), what they are; empty for a rule
     */
    public record Term(String name, Address source, Address destination, Protocol protocol, PortRange sourcePorts,
                       PortRange destinationPorts, boolean established, List<Integer> icmpTypes,
                       List<Integer> icmpCodes, boolean count, boolean log, boolean accept, List<IrRule> rules,
                       String part) implements Origin {
        /** {@code OSPF} (IP 89) and {@code VRRP} (IP 112) are the control plane's protocols without ports. */
        public enum Protocol { NONE, TCP, UDP, ICMP, ICMP6, OSPF, VRRP }

        public Term {
            icmpTypes = List.copyOf(icmpTypes);
            icmpCodes = List.copyOf(icmpCodes);
            rules = List.copyOf(rules);
        }
    }

    /** {@code interfaces IFD unit UNIT family inet|inet6 filter input FILTER}; {@code rules}, those it enforces there. */
    public record Binding(String ifd, String unit, boolean v6, String filter, List<IrRule> rules) implements Origin {

        /** As the manifest records it: {@code IFD UNIT FAMILY FILTER}. */
        String owned() {
            return ifd + " " + unit + " " + family(v6) + " " + filter;
        }

        public Binding {
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "binding";
        }
    }

    /** The Junos family keyword of an IP version. */
    static String family(boolean v6) {
        return v6 ? "inet6" : "inet";
    }
}
