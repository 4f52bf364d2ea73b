package dev.zonec.platform.paloalto.render;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.PortRange;
import dev.zonec.render.Origin;
import java.util.List;

/**
 * What the paloalto-panos template writes as PAN-OS configuration-mode {@code set}/{@code delete} commands, one
 * attribute per {@code set} line (as {@code show} prints a configuration in set format, and as Batfish's PAN-OS
 * grammar reads it). Values only (names checked against the platform's rule, addresses, ports, numbers, keywords as
 * enums); free text arrives reduced to what a double-quoted PAN-OS string may hold.
 *
 * <p>{@code staleRules} are the rules of the previous output this one does not write, deleted first; {@code moves} put
 * zonec's rules on top of the rule base in order, its deny last; {@code removals} delete the objects and groups of the
 * previous output this one does not write. Zones are the operator's and never written.
 */
public record PanosView(List<String> staleRules, Tag tag, List<Address> addresses, List<Group> addressGroups,
                        List<Service> services, List<Group> serviceGroups, List<Application> applications,
                        List<Rule> rules, List<Move> moves, List<Stale> removals) {

    public PanosView {
        staleRules = List.copyOf(staleRules);
        moves = List.copyOf(moves);
        removals = List.copyOf(removals);
        addresses = List.copyOf(addresses);
        addressGroups = List.copyOf(addressGroups);
        services = List.copyOf(services);
        serviceGroups = List.copyOf(serviceGroups);
        applications = List.copyOf(applications);
        rules = List.copyOf(rules);
    }

    /** The tag that marks every rule zonec wrote, with its comment. */
    public record Tag(String name, String comments) {}

    /** An address object: {@code ip-netmask} (a host with its full length, or a prefix) or {@code ip-range}. */
    public record Address(String name, boolean range, String value, String description, List<IrRule> rules)
            implements Origin {
        public Address {
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /** An address group ({@code static} members) or service group ({@code members}); description empty for none. */
    public record Group(String name, List<String> members, String description, List<IrRule> rules) implements Origin {
        public Group {
            members = List.copyOf(members);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /** A service: TCP or UDP, its destination ports and, when constrained, its source ports. */
    public record Service(String name, Protocol protocol, PortRange destinationPorts, PortRange sourcePorts,
                          List<IrRule> rules) implements Origin {
        public enum Protocol { TCP, UDP }

        public Service {
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /**
     * A custom application identified by ICMP or ICMPv6 type (and code), with the risk PAN-OS gives its own ICMP
     * applications.
     */
    public record Application(String name, int risk, String description, boolean v6, int type, List<Integer> code,
                              List<IrRule> rules) implements Origin {
        public Application {
            code = List.copyOf(code);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /**
     * A security rule: its zones, sources, destinations, applications and services (each one name or several), its
     * action and logging, the tag and the description.
     *
     * @param part for zonec's own rule (the final deny), what it is; empty for a rule of the policy
     */
    public record Rule(String name, List<String> from, List<String> to, List<String> sources,
                       List<String> destinations, List<String> applications, List<String> services, boolean allow,
                       Logging logging, String tag, String description, List<IrRule> rules, String part)
            implements Origin {
        /** What the rule logs: both ends of a session (the policy says log), or the end only. */
        public enum Logging { BOTH, END }

        public Rule {
            from = List.copyOf(from);
            to = List.copyOf(to);
            sources = List.copyOf(sources);
            destinations = List.copyOf(destinations);
            applications = List.copyOf(applications);
            services = List.copyOf(services);
            rules = List.copyOf(rules);
        }
    }

    /** {@code move rulebase security rules NAME top}, or {@code after} the rule {@code after} names. */
    public record Move(String name, String after) {}

    /** An object or group of the previous output that this one does not write. */
    public record Stale(Kind kind, String name) {
        public enum Kind { ADDRESS_GROUP, SERVICE_GROUP, ADDRESS, SERVICE, APPLICATION }
    }
}
