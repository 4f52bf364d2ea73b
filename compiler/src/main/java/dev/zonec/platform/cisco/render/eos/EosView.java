package dev.zonec.platform.cisco.render.eos;

import dev.zonec.render.ConfigText;
import java.util.List;

/** What the arista-eos template prints; every string is one config line fragment, already validated. */
public record EosView(List<String> header, List<Acl> acls, List<Binding> interfaces) {

    public EosView {
        header.forEach(ConfigText::line);
        header = List.copyOf(header);
        acls = List.copyOf(acls);
        interfaces = List.copyOf(interfaces);
    }

    /** {@code ip access-list NAME} or {@code ipv6 access-list NAME} with its numbered entries. */
    public record Acl(String command, String name, List<String> entries) {
        public Acl {
            ConfigText.line(command);
            ConfigText.line(name);
            entries.forEach(ConfigText::line);
            entries = List.copyOf(entries);
        }
    }

    /** An interface and the access-group commands applied on it. */
    public record Binding(String name, List<String> commands) {
        public Binding {
            ConfigText.line(name);
            commands.forEach(ConfigText::line);
            commands = List.copyOf(commands);
        }
    }
}
