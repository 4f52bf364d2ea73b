package dev.zonec.platform.cisco.render;

import dev.zonec.model.ir.IrRule;
import dev.zonec.render.Origin;
import java.util.List;

/**
 * What the cisco-ios, cisco-nxos and arista-eos templates write: the address groups, the ingress ACLs (one per zone
 * and IP version) and the interfaces they are applied on. Values only; each template spells its platform's syntax.
 */
public record AclView(List<String> header, List<AddressGroup> groups, List<Acl> acls, List<Binding> interfaces) {

    public AclView {
        header = List.copyOf(header);
        groups = List.copyOf(groups);
        acls = List.copyOf(acls);
        interfaces = List.copyOf(interfaces);
    }

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
