package dev.zonec.platform.cisco.render.asa;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.PortRange;
import dev.zonec.platform.cisco.render.AclEntry;
import dev.zonec.platform.cisco.render.AddressGroup;
import dev.zonec.render.Origin;
import java.util.List;

/**
 * What the cisco-asa template writes. Values only; the template spells the ASA syntax.
 *
 * @param addresses   network objects and network object groups, in order of first use
 * @param services    service object groups, one per policy service of several TCP/UDP ports
 * @param acls        unified extended ACLs (IPv4 and IPv6 entries), one per zone
 * @param interfaces  the nameif and security level of each inventory interface
 * @param sameSecurityLevel some interfaces share a security level, so traffic between them must be permitted at all
 * @param inspectIcmp a permit lets ICMP queries through: ICMP inspection keeps state for their replies
 * @param accessGroups each ACL and the interface (nameif) it is applied inbound on
 */
public record AsaView(List<String> header, List<AddressGroup> addresses, List<ServiceGroup> services, List<Acl> acls,
                      List<Iface> interfaces, boolean sameSecurityLevel, boolean inspectIcmp,
                      List<AccessGroup> accessGroups) {

    public AsaView {
        header = List.copyOf(header);
        addresses = List.copyOf(addresses);
        services = List.copyOf(services);
        acls = List.copyOf(acls);
        interfaces = List.copyOf(interfaces);
        accessGroups = List.copyOf(accessGroups);
    }

    /** An {@code object-group service}: one service's TCP/UDP matches, and the rules whose entries use it. */
    public record ServiceGroup(String name, List<ServiceObject> objects, List<IrRule> rules) implements Origin {
        public ServiceGroup {
            objects = List.copyOf(objects);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "object";
        }
    }

    /** One {@code service-object}: TCP or UDP with its source and destination ports. */
    public record ServiceObject(AclEntry.Protocol protocol, PortRange sourcePorts, PortRange destinationPorts) {}

    /** The entries of {@code access-list NAME}; {@code rules}, those its entries enforce. */
    public record Acl(String name, List<AclEntry> entries, List<IrRule> rules) implements Origin {
        public Acl {
            entries = List.copyOf(entries);
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "access list";
        }
    }

    /** An inventory interface with the name and security level zonec gives it; {@code rules}, those it filters. */
    public record Iface(String name, String nameif, int securityLevel, List<IrRule> rules) implements Origin {
        public Iface {
            rules = List.copyOf(rules);
        }

        @Override
        public String part() {
            return "interface";
        }
    }

    /** {@code access-group ACL in interface NAMEIF}. */
    public record AccessGroup(Acl acl, String nameif) implements Origin {
        @Override
        public List<IrRule> rules() {
            return acl.rules();
        }

        @Override
        public String part() {
            return "binding";
        }
    }
}
