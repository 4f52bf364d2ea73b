package dev.zonec.platform.cisco.render;

import dev.zonec.model.ir.IrRule;
import dev.zonec.render.Origin;
import java.util.List;

/**
 * What the cisco-ios, cisco-nxos and arista-eos templates write: the address groups, the ingress ACLs (one per zone
 * and IP version) and the interfaces they are applied on. Values only; each template spells its platform's syntax.
 *
 * <p>A platform without a configuration session (IOS; NX-OS inside one, to be safe whatever order its commit
 * programs the hardware in) also gets {@code staged}: the same ACLs under temporary names ({@code <name>-new}) with
 * every address written out, and {@code stagedInterfaces} binding them. The file binds those first (each
 * {@code access-group} replaces an interface's ACL in one command), rebuilds zonec's groups and ACLs under their own
 * names while no interface uses them, binds those again and drops the temporary ones: no interface is ever without
 * an ACL or bound to a half-built one, and no group is changed while a bound ACL uses it.
 *
 * <p>{@code staleAcls}, {@code staleGroups} and {@code staleBindings} are what the previous output created and this
 * one does not: ACLs of zones the device no longer faces, groups of endpoints that are gone, and the bindings of
 * interfaces that left the inventory (removed by the ACL's name).
 */
public record AclView(List<String> header, List<AddressGroup> groups, List<Acl> acls, List<Binding> interfaces,
                      List<Acl> staged, List<Binding> stagedInterfaces, List<Stale> staleAcls, List<Stale> staleGroups,
                      List<StaleBinding> staleBindings) {

    public AclView {
        header = List.copyOf(header);
        groups = List.copyOf(groups);
        acls = List.copyOf(acls);
        interfaces = List.copyOf(interfaces);
        staged = List.copyOf(staged);
        stagedInterfaces = List.copyOf(stagedInterfaces);
        staleAcls = List.copyOf(staleAcls);
        staleGroups = List.copyOf(staleGroups);
        staleBindings = List.copyOf(staleBindings);
    }

    public AclView(List<String> header, List<AddressGroup> groups, List<Acl> acls, List<Binding> interfaces) {
        this(header, groups, acls, interfaces, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** An ACL of the previous output that this one does not write. */
    public record Stale(String name, boolean v6) {}

    /** An interface the previous output bound an ACL to and this one binds none of that IP version to. */
    public record StaleBinding(String interfaceName, String acl, boolean v6) {}

    /** One ACL with its entries; {@code rules} are the rules its entries enforce (its name line serves them). */
    public record Acl(String name, boolean v6, List<AclEntry> entries, List<IrRule> rules) implements Origin {
        public Acl {
            entries = List.copyOf(entries);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "access list";
        }
    }

    /** An interface, the zone it faces and the ACLs applied inbound on it, in order (IPv4 then IPv6 of its zone). */
    public record Binding(String name, String zone, List<Acl> acls) implements Origin {
        public Binding {
            acls = List.copyOf(acls);
        }

        @Override
        public List<IrRule> rules() {
            return acls.stream().flatMap(a -> a.rules().stream()).toList();
        }

        @Override
        public String part() {
            return "binding";
        }
    }
}
