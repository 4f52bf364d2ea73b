package dev.zonec.platform.cisco.render.asa;

import dev.zonec.render.ConfigText;
import java.util.List;

/**
 * What the cisco-asa template prints; every string is one config line fragment, already validated.
 *
 * @param removals      commands that clear what zonec wrote before (ACLs, object groups), so a reload replaces it
 * @param objects       network objects, network object groups and service object groups, in that order
 * @param acls          unified extended ACLs, one per zone
 * @param interfaces    the nameif and security level of each inventory interface
 * @param globals       global commands the interfaces need (at most {@code same-security-traffic})
 * @param inspection    lines that turn on ICMP inspection in the global policy, when a permit lets ICMP queries through
 * @param accessGroups  {@code access-group NAME in interface NAMEIF}
 */
public record AsaView(List<String> header, List<String> removals, List<Definition> objects, List<Acl> acls,
                      List<Iface> interfaces, List<String> globals, List<String> inspection,
                      List<String> accessGroups) {

    public AsaView {
        header.forEach(ConfigText::line);
        removals.forEach(ConfigText::line);
        globals.forEach(ConfigText::line);
        inspection.forEach(ConfigText::line);
        accessGroups.forEach(ConfigText::line);
        header = List.copyOf(header);
        removals = List.copyOf(removals);
        objects = List.copyOf(objects);
        acls = List.copyOf(acls);
        interfaces = List.copyOf(interfaces);
        globals = List.copyOf(globals);
        inspection = List.copyOf(inspection);
        accessGroups = List.copyOf(accessGroups);
    }

    /** {@code object network NAME}, {@code object-group network NAME} or {@code object-group service NAME}. */
    public record Definition(String command, String name, List<String> entries) {
        public Definition {
            ConfigText.line(command);
            ConfigText.line(name);
            entries.forEach(ConfigText::line);
            entries = List.copyOf(entries);
        }
    }

    /** The entries of {@code access-list NAME}: each printed as {@code access-list NAME ENTRY}. */
    public record Acl(String name, List<String> entries) {
        public Acl {
            ConfigText.line(name);
            entries.forEach(ConfigText::line);
            entries = List.copyOf(entries);
        }
    }

    /** An inventory interface with the name and security level zonec gives it. */
    public record Iface(String name, String nameif, String securityLevel) {
        public Iface {
            ConfigText.line(name);
            ConfigText.line(nameif);
            ConfigText.line(securityLevel);
        }
    }
}
