package dev.zonec.platform.juniper.render.srx;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.PortRange;
import dev.zonec.render.Origin;
import java.util.List;

/**
 * What the juniper-srx template writes as {@code set} commands: the global address book, the applications, the
 * security policies of each zone pair and the global final deny. Values only (names checked against the platform's
 * rule, addresses, numbers, keywords as enums); descriptions arrive reduced to what a quoted Junos string may hold.
 * {@code deletions} clear each object and policy the file sets again (so no member or match of an earlier version
 * stays); {@code removals} delete what an earlier output created and this one does not (each a validated statement).
 */
public record SrxView(List<String> header, List<String> deletions, List<Address> addresses,
                      List<AddressSet> addressSets, List<Application> applications,
                      List<ApplicationSet> applicationSets, List<Policy> policies, List<Policy> globalPolicies,
                      List<String> removals) {

    public SrxView {
        header = List.copyOf(header);
        deletions = List.copyOf(deletions);
        removals = List.copyOf(removals);
        addresses = List.copyOf(addresses);
        addressSets = List.copyOf(addressSets);
        applications = List.copyOf(applications);
        applicationSets = List.copyOf(applicationSets);
        policies = List.copyOf(policies);
        globalPolicies = List.copyOf(globalPolicies);
    }

    /**
     * A global address-book address: a prefix ({@code value}, hosts with their full length) or a range
     * ({@code first} to {@code last}).
     */
    public record Address(String name, boolean range, String value, String first, String last, String description,
                          List<IrRule> rules) implements Origin {
        public Address {
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /** An address-set of addresses. */
    public record AddressSet(String name, List<String> members, String description, List<IrRule> rules)
            implements Origin {
        public AddressSet {
            members = List.copyOf(members);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /** An application: TCP or UDP with ports, or a term of ICMP or ICMPv6 with its type and code (each 0 or 1). */
    public record Application(String name, Protocol protocol, PortRange sourcePorts, PortRange destinationPorts,
                              List<Integer> icmpType, List<Integer> icmpCode, List<IrRule> rules) implements Origin {
        public enum Protocol { TCP, UDP, ICMP, ICMP6 }

        public Application {
            icmpType = List.copyOf(icmpType);
            icmpCode = List.copyOf(icmpCode);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /** An application-set of applications. */
    public record ApplicationSet(String name, List<String> members, List<IrRule> rules) implements Origin {
        public ApplicationSet {
            members = List.copyOf(members);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /**
     * A security policy: in the context {@code from} → {@code to} (or global, matching {@code fromZones} →
     * {@code toZones}), its matches, its action and what it logs.
     *
     * @param part for zonec's own policy (the final deny), what it is; empty for a rule's policy
     */
    public record Policy(String from, String to, String name, String description, List<String> sources,
                         List<String> destinations, List<String> applications, List<String> fromZones,
                         List<String> toZones, boolean permit, boolean logInit, boolean logClose, List<IrRule> rules,
                         String part) implements Origin {
        public Policy {
            sources = List.copyOf(sources);
            destinations = List.copyOf(destinations);
            applications = List.copyOf(applications);
            fromZones = List.copyOf(fromZones);
            toZones = List.copyOf(toZones);
            rules = List.copyOf(rules);
        }
    }
}
