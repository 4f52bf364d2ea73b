package dev.zonec.platform.cisco.render;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.render.Origin;
import java.util.List;

/**
 * A named definition that holds one endpoint's addresses of one IP version, written once and referred to from ACL
 * entries ({@code object-group network zc-plc} on IOS, {@code object-group ip address zc-plc} on NX-OS,
 * {@code object network zc-ews} on ASA).
 *
 * @param name        the platform name, derived from the endpoint's policy name
 * @param endpoint    where the addresses come from (its span is where a bad name is reported)
 * @param object      a single-address {@code object} (ASA) rather than a group
 * @param description the endpoint's description as the platform keeps it; empty when it has none
 * @param entries     the addresses inside the definition
 * @param rules       the IR rules whose entries refer to it (for the source map)
 */
public record AddressGroup(String name, Endpoint endpoint, IpFamily family, boolean object, String description,
                           List<Entry> entries, List<IrRule> rules) implements Origin {
    public AddressGroup {
        entries = List.copyOf(entries);
        rules = List.copyOf(rules);
    }

    /** One address of the definition, with its sequence number where the platform numbers them (0 where not). */
    public record Entry(int sequence, AclAddress address) {}

    public boolean v6() {
        return family == IpFamily.V6;
    }

    @Override
    public String part() {
        return "object";
    }

    AddressGroup usedBy(List<IrRule> users) {
        return new AddressGroup(name, endpoint, family, object, description, entries, users);
    }
}
