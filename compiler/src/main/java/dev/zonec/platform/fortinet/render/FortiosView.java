package dev.zonec.platform.fortinet.render;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.PortRange;
import dev.zonec.render.Origin;
import java.util.List;

/**
 * What the fortinet-fortios template writes as a FortiOS CLI script: the address and service books, the application
 * lists, the firewall policies with their IDs and order, and the block that clears each policy's addresses of the
 * other IP version. Values only (names checked against the platform's rule, addresses, ports, IDs, keywords as
 * enums); comments arrive reduced to what a double-quoted FortiOS string may hold.
 *
 * @param ipsGlobal the application lists need FortiGuard's OT signatures, which IPS excludes by default
 * @param localIn   {@code config firewall local-in-policy} (IPv4), then {@code localInMoves}; {@code localIn6} and
 *                  {@code localIn6Moves} for {@code config firewall local-in-policy6}
 * @param stale     what the previous output created and this one does not, table by table in the order they are
 *                  deleted (policies before the groups and objects they use, groups before their members)
 */
public record FortiosView(List<String> header, boolean ipsGlobal, List<Address> addresses, List<Address> addresses6,
                          List<Group> groups, List<Group> groups6, List<Service> services, List<Group> serviceGroups,
                          List<ApplicationList> applicationLists, List<LocalIn> localIn, List<Move> localInMoves,
                          List<LocalIn> localIn6, List<Move> localIn6Moves, List<Policy> policies, List<Move> moves,
                          List<Clearing> clearing, List<Stale> stale) {

    public FortiosView {
        header = List.copyOf(header);
        addresses = List.copyOf(addresses);
        addresses6 = List.copyOf(addresses6);
        groups = List.copyOf(groups);
        groups6 = List.copyOf(groups6);
        services = List.copyOf(services);
        serviceGroups = List.copyOf(serviceGroups);
        applicationLists = List.copyOf(applicationLists);
        localIn = List.copyOf(localIn);
        localInMoves = List.copyOf(localInMoves);
        localIn6 = List.copyOf(localIn6);
        localIn6Moves = List.copyOf(localIn6Moves);
        policies = List.copyOf(policies);
        moves = List.copyOf(moves);
        clearing = List.copyOf(clearing);
        stale = List.copyOf(stale);
    }

    /**
     * The entries of one table ({@code path}, e.g. {@code firewall policy}) that the previous output created and this
     * one does not: policy IDs, or object names (quoted).
     */
    public record Stale(String path, boolean quoted, List<String> keys) {
        public Stale {
            keys = List.copyOf(keys);
        }
    }

    /**
     * An address: an IPv4 subnet ({@code address} and {@code mask}), an IPv6 prefix ({@code address} and
     * {@code length}), or a range ({@code address} to {@code last}); comment empty for none.
     */
    public record Address(String name, Kind kind, String address, String mask, int length, String last,
                          String comment, List<IrRule> rules) implements Origin {
        public enum Kind { SUBNET, PREFIX, RANGE }

        public Address {
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /** An address or service group and its members; comment empty for none. */
    public record Group(String name, List<String> members, String comment, List<IrRule> rules) implements Origin {
        public Group {
            members = List.copyOf(members);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /**
     * A custom service: TCP or UDP ports ({@code L4}), an ICMP or ICMPv6 type and code ({@code ICMP}), or every IP
     * protocol ({@code IP}).
     */
    public record Service(String name, Kind kind, Protocol protocol, PortRange destinationPorts,
                          PortRange sourcePorts, List<Integer> icmpType, List<Integer> icmpCode, List<IrRule> rules)
            implements Origin {
        public enum Kind { L4, ICMP, IP }

        public enum Protocol { TCP, UDP, ICMP, ICMP6, IP }

        public Service {
            icmpType = List.copyOf(icmpType);
            icmpCode = List.copyOf(icmpCode);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /** An allow-list application sensor: one function class's signature IDs pass, everything else is blocked. */
    public record ApplicationList(String name, String comment, List<Integer> applications, List<IrRule> rules)
            implements Origin {
        public ApplicationList {
            applications = List.copyOf(applications);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /**
     * A firewall policy: its ID and name, interfaces, addresses of each IP version (empty when it sets none), services,
     * application list (empty for none) and action. Every policy logs all its sessions ({@code logtraffic all}).
     *
     * @param part for zonec's own policy (the final deny), what it is; empty for a rule's policy
     */
    public record Policy(int id, String name, List<String> sourceInterfaces, List<String> destinationInterfaces,
                         boolean allow, List<String> sources, List<String> destinations, List<String> sources6,
                         List<String> destinations6, List<String> services, String applicationList,
                         String comments, List<IrRule> rules, String part) implements Origin {
        public Policy {
            sourceInterfaces = List.copyOf(sourceInterfaces);
            destinationInterfaces = List.copyOf(destinationInterfaces);
            sources = List.copyOf(sources);
            destinations = List.copyOf(destinations);
            sources6 = List.copyOf(sources6);
            destinations6 = List.copyOf(destinations6);
            services = List.copyOf(services);
            rules = List.copyOf(rules);
        }
    }

    /**
     * A local-in policy: its ID, the interface it applies to packets arriving on, its action, addresses of its table's
     * IP version, and services.
     *
     * @param part for a deny of zonec's own, what it is; empty for a rule's accept
     */
    public record LocalIn(int id, String intf, boolean allow, List<String> sources, List<String> destinations,
                          List<String> services, String comments, List<IrRule> rules, String part) implements Origin {
        public LocalIn {
            sources = List.copyOf(sources);
            destinations = List.copyOf(destinations);
            services = List.copyOf(services);
            rules = List.copyOf(rules);
        }
    }

    /** {@code move ID before DENY}: each allow just above the deny, in rule order. */
    public record Move(int id, int before, List<IrRule> rules) implements Origin {
        public Move {
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "order";
        }
    }

    /** Clears a policy's addresses of the other IP version ({@code v6}: the policy is IPv6, so IPv4's go). */
    public record Clearing(int id, boolean v6, List<IrRule> rules) implements Origin {
        public Clearing {
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "clearing";
        }
    }
}
