package dev.zonec.platform.cisco;

import dev.zonec.model.source.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Cisco-style device's running configuration (IOS, NX-OS, EOS) as {@code show running-config} lists it, changed
 * line by line as the CLI changes it when a file is pasted or copied to running-config: an unindented line enters (or
 * creates) the stanza it names, or is a global statement; an indented line is a command inside the current stanza;
 * {@code no <stanza>} deletes a stanza with everything in it. Inside an interface, binding an ACL in a direction
 * replaces the ACL bound there (one command), and {@code no ip access-group NAME in} removes the binding whatever its
 * name (the harsher reading of the CLI); a description or an address replaces the one before. Any other command is
 * added unless the stanza has it already; a numbered ACL entry whose number exists is refused, as the CLI refuses a
 * duplicate sequence number. A test model of the device, independent of the
 * read-back: it knows the command semantics, not what an entry means.
 */
public final class CiscoRunningConfig {
    private static final Pattern BINDING = Pattern.compile(
            "^(no )?(ip access-group|ipv6 traffic-filter|ipv6 access-group) (\\S+) (in|out)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+) ");

    private final String indent;
    /** Stanzas and global statements by their header line, in the order the device lists them. */
    private final Map<String, List<String>> stanzas = new LinkedHashMap<>();

    /** @param indent how {@code show running-config} indents a command inside a stanza (IOS one space, NX-OS two, EOS three) */
    public CiscoRunningConfig(String indent) {
        this.indent = indent;
    }

    public CiscoRunningConfig apply(SourceFile file) {
        Optional<String> current = Optional.empty();
        for (String raw : file.text().split("\n")) {
            String line = raw.stripTrailing();
            String text = line.strip().replaceAll("\\s+", " ");
            if (text.isEmpty() || text.startsWith("!") || text.equals("end")) {
                continue;
            }
            boolean inside = Character.isWhitespace(line.charAt(0));
            if (inside) {
                child(current.orElseThrow(() -> new IllegalArgumentException("a command outside a stanza: " + line)),
                        text);
            } else if (text.startsWith("no ")) {
                stanzas.remove(text.substring(3));
                current = Optional.empty();
            } else {
                stanzas.putIfAbsent(text, new ArrayList<>());
                current = Optional.of(text);
            }
        }
        return this;
    }

    private void child(String stanza, String text) {
        List<String> children = stanzas.get(stanza);
        Matcher binding = BINDING.matcher(text);
        if (binding.matches()) {
            String key = binding.group(2) + " " + binding.group(4);
            children.removeIf(c -> {
                Matcher m = BINDING.matcher(c);
                return m.matches() && (m.group(2) + " " + m.group(4)).equals(key);
            });
            if (binding.group(1) == null) {
                children.add(text);
            }
            return;
        }
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.find() && children.stream().anyMatch(c -> c.startsWith(numbered.group(1) + " "))) {
            return; // a duplicate sequence number is refused
        }
        if (text.startsWith("description ") || text.startsWith("ip address ")) {
            String key = text.startsWith("description ") ? "description " : "ip address ";
            children.removeIf(c -> c.startsWith(key));
        }
        if (!children.contains(text)) {
            children.add(text);
        }
    }

    /** Every stanza as its header and its commands, in the order the device lists them. */
    public Map<String, List<String>> stanzas() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        stanzas.forEach((h, c) -> copy.put(h, List.copyOf(c)));
        return copy;
    }

    /** The configuration as {@code show running-config} prints it. */
    public SourceFile asFile(String name) {
        StringBuilder text = new StringBuilder();
        stanzas.forEach((header, children) -> {
            text.append(header).append('\n');
            children.forEach(c -> text.append(indent).append(c).append('\n'));
            text.append("!\n");
        });
        return new SourceFile(name, text.toString());
    }

    /** The ACL a binding command names, or empty. */
    public static Optional<String[]> binding(String command) {
        Matcher m = BINDING.matcher(command);
        return m.matches() && m.group(1) == null
                ? Optional.of(new String[] {m.group(2).startsWith("ipv6") ? "ipv6" : "ip", m.group(3)})
                : Optional.empty();
    }
}
