package dev.zonec.render.ciscoios;

import dev.zonec.render.ConfigText;
import java.util.List;

/** What the cisco-ios template prints; every string is one config line fragment, already validated. */
public record IosView(List<String> header, List<ObjectGroup> objectGroups, List<Acl> acls, List<Binding> interfaces) {

    public IosView {
        header.forEach(ConfigText::line);
        header = List.copyOf(header);
        objectGroups = List.copyOf(objectGroups);
        acls = List.copyOf(acls);
        interfaces = List.copyOf(interfaces);
    }

    /** {@code object-group network NAME} and its entries ({@code host A}, {@code A MASK}, {@code range A B}). */
    public record ObjectGroup(String name, List<String> entries) {
        public ObjectGroup {
            ConfigText.line(name);
            entries.forEach(ConfigText::line);
            entries = List.copyOf(entries);
        }
    }

    /** {@code ip access-list extended NAME} or {@code ipv6 access-list NAME} with its entries. */
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
}
