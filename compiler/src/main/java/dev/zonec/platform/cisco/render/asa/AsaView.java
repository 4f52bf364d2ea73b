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
 * @param addresses      network objects and network object groups, sorted by name
 * @param services       service object groups, one per policy service of several TCP/UDP ports
 * @param acls           unified extended ACLs (IPv4 and IPv6 entries), one per zone
 * @param inspectIcmp    a permit lets ICMP queries through: ICMP inspection keeps state for their replies
 * @param accessGroups   each ACL and the interface (nameif) it is applied inbound on
 * @param staged         each ACL under its temporary name, every address and service written out
 * @param stagedGroups   the temporary ACLs' bindings, in place of the current ones
 * @param rebuilt        zonec's objects removed before they are written again (by the kind that removes each)
 * @param management     the management-access lines ({@code ssh}, {@code http}, {@code icmp}) of the rules to the ASA
 * @param staleBindings  bindings of the previous output on interfaces this output binds nothing to
 * @param staleAcls      ACLs of the previous output this one does not write
 * @param staleObjects   objects and groups of the previous output this one does not write
 * @param staleLines     management lines of the previous output this one does not write
 */
public record AsaView(List<String> header, List<AddressGroup> addresses, List<ServiceGroup> services, List<Acl> acls,
                      boolean inspectIcmp, List<AccessGroup> accessGroups, List<Acl> staged,
                      List<AccessGroup> stagedGroups, List<Named> rebuilt, List<AsaManagement.Line> management,
                      List<StaleBinding> staleBindings, List<String> staleAcls, List<Named> staleObjects,
                      List<StaleLine> staleLines) {

    public AsaView {
        header = List.copyOf(header);
        addresses = List.copyOf(addresses);
        services = List.copyOf(services);
        acls = List.copyOf(acls);
        accessGroups = List.copyOf(accessGroups);
        staged = List.copyOf(staged);
        stagedGroups = List.copyOf(stagedGroups);
        rebuilt = List.copyOf(rebuilt);
        management = List.copyOf(management);
        staleLines = List.copyOf(staleLines);
        staleBindings = List.copyOf(staleBindings);
        staleAcls = List.copyOf(staleAcls);
        staleObjects = List.copyOf(staleObjects);
    }

    /** An object or object group by its kind and name; the template spells the command that removes it. */
    public record Named(Kind kind, String name) {
        public enum Kind {
            OBJECT_NETWORK(CiscoAsaRenderer.OBJECT), GROUP_NETWORK(CiscoAsaRenderer.NETWORK_GROUP),
            GROUP_SERVICE(CiscoAsaRenderer.SERVICE_GROUP);

            /** The manifest's kind. */
            final String manifest;

            Kind(String manifest) {
                this.manifest = manifest;
            }

            static Kind of(String manifest) {
                for (Kind k : values()) {
                    if (k.manifest.equals(manifest)) {
                        return k;
                    }
                }
                throw new IllegalArgumentException(manifest);
            }
        }
    }

    /** A management line of an earlier output: {@code no COMMAND TEXT} removes exactly it. */
    public record StaleLine(String command, String text) {}

    /** {@code access-group ACL in interface NAMEIF} of an earlier output. */
    public record StaleBinding(String nameif, String acl) {}

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

        /** The same entries under another name (a temporary ACL). */
        public Acl renamed(String other) {
            return new Acl(other, entries, rules);
        }

        @Override
        public String part() {
            return "access list";
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
