package dev.zonec.platform.cisco.render;

import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.render.ConfigText;
import dev.zonec.render.ingress.IngressAcl;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the cisco-ios and cisco-nxos templates print: address groups, ACLs and the interfaces they are applied on.
 * Every string is one config line fragment, already validated.
 */
public record AclConfigView(List<String> header, List<ObjectGroup> objectGroups, List<Acl> acls,
                            List<Binding> interfaces) {

    public AclConfigView {
        header.forEach(ConfigText::line);
        header = List.copyOf(header);
        objectGroups = List.copyOf(objectGroups);
        acls = List.copyOf(acls);
        interfaces = List.copyOf(interfaces);
    }

    /** A named address group ({@code object-group network NAME}, {@code object-group ip address NAME}, ...). */
    public record ObjectGroup(String command, String name, List<String> entries) {
        public ObjectGroup {
            ConfigText.line(command);
            ConfigText.line(name);
            entries.forEach(ConfigText::line);
            entries = List.copyOf(entries);
        }
    }

    /** {@code ip access-list extended NAME}, {@code ipv6 access-list NAME}, ... with its entries. */
    public record Acl(String command, String name, List<String> entries) {
        public Acl {
            ConfigText.line(command);
            ConfigText.line(name);
            entries.forEach(ConfigText::line);
            entries = List.copyOf(entries);
        }
    }

    /** An interface and the filter commands applied on it. */
    public record Binding(String name, List<String> commands) {
        public Binding {
            ConfigText.line(name);
            commands.forEach(ConfigText::line);
            commands = List.copyOf(commands);
        }
    }

    /**
     * Collects the filter commands of each interface, keeping inventory order: IOS and NX-OS both apply with
     * {@code ip access-group NAME in} and {@code ipv6 traffic-filter NAME in}.
     */
    public static final class Bindings {
        private final Map<String, List<String>> commands = new LinkedHashMap<>();

        public Bindings(List<Interface> interfaces) {
            interfaces.forEach(i -> commands.put(i.name(), new ArrayList<>()));
        }

        /** Applies ACL {@code name} inbound on the interfaces of {@code acl}. */
        public void inbound(IngressAcl acl, String name) {
            String command = acl.family() == IpFamily.V6
                    ? "ipv6 traffic-filter " + name + " in" : "ip access-group " + name + " in";
            acl.interfaces().forEach(i -> commands.get(i.name()).add(command));
        }

        public List<Binding> bindings() {
            List<Binding> result = new ArrayList<>();
            commands.forEach((name, list) -> result.add(new Binding(name, list)));
            return result;
        }
    }
}
