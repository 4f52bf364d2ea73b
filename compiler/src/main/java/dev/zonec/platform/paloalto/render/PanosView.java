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
 */
public record PanosView(List<Zone> zones, Tag tag, List<Address> addresses, List<Group> addressGroups,
                        List<Service> services, List<Group> serviceGroups, List<Application> applications,
                        List<Rule> rules) {

    public PanosView {
        zones = List.copyOf(zones);
        addresses = List.copyOf(addresses);
        addressGroups = List.copyOf(addressGroups);
        services = List.copyOf(services);
        serviceGroups = List.copyOf(serviceGroups);
        applications = List.copyOf(applications);
        rules = List.copyOf(rules);
    }

    /** A layer 3 zone and its interfaces; {@code rules}, those entering or leaving by it. */
    public record Zone(String name, List<String> interfaces, List<IrRule> rules) implements Origin {
        public Zone {
            interfaces = List.copyOf(interfaces);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "zone";
        }
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
        /** What the rule logs: both ends of a session, neither, or (the deny) the end only. */
        public enum Logging { BOTH, NONE, END }

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
}
