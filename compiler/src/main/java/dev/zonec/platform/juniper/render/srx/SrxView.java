package dev.zonec.platform.juniper.render.srx;

import dev.zonec.render.ConfigText;
import java.util.List;

/**
 * What the juniper-srx template prints. The template writes each hierarchy prefix ({@code set security zones
 * security-zone NAME}, {@code set security policies from-zone A to-zone B policy NAME}, ...); every object here holds
 * its name and the statements that follow that prefix, one {@code set} command each, already validated. Global
 * policies ({@code set security policies global policy NAME}) are items: they belong to no context.
 */
public record SrxView(List<String> header, List<Item> zones, List<Item> addresses, List<Item> addressSets,
                      List<Item> applications, List<Item> applicationSets, List<Policy> policies,
                      List<Item> globalPolicies) {

    public SrxView {
        header.forEach(ConfigText::line);
        header = List.copyOf(header);
        zones = List.copyOf(zones);
        addresses = List.copyOf(addresses);
        addressSets = List.copyOf(addressSets);
        applications = List.copyOf(applications);
        applicationSets = List.copyOf(applicationSets);
        policies = List.copyOf(policies);
        globalPolicies = List.copyOf(globalPolicies);
    }

    /** A named object (zone, address, address-set, application, application-set) and its statements. */
    public record Item(String name, List<String> statements) {
        public Item {
            ConfigText.line(name);
            statements.forEach(ConfigText::line);
            statements = List.copyOf(statements);
        }
    }

    /** One security policy in the context {@code from} -> {@code to}, and its statements in order. */
    public record Policy(String from, String to, String name, List<String> statements) {
        public Policy {
            ConfigText.line(from);
            ConfigText.line(to);
            ConfigText.line(name);
            statements.forEach(ConfigText::line);
            statements = List.copyOf(statements);
        }
    }
}
