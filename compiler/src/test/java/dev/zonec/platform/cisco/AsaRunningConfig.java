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
 * A Cisco ASA's running configuration as {@code show running-config} lists it, changed line by line as the ASA CLI
 * changes it when a file is copied to running-config (Cisco ASA Series CLI configuration guides, "Access Control
 * Lists", "Objects for Access Control", "Access Rules"):
 * <ul>
 *   <li>{@code interface}, {@code object}, {@code object-group} and {@code policy-map} lines open (or re-enter) a
 *       block, and an indented line is a command inside it; in an {@code object network} a host, subnet or range
 *       replaces the one before, as does a description anywhere;
 *   <li>{@code access-list NAME ...} appends an entry to the list; an entry naming an object that does not exist is
 *       refused; {@code clear configure access-list NAME} removes the list and the {@code access-group} lines that
 *       apply it;
 *   <li>{@code access-group ACL in interface NAMEIF} replaces the list applied in on that interface, and is refused
 *       when the list or the interface name does not exist; {@code no access-group ...} removes it;
 *   <li>{@code no object network|object-group network|object-group service NAME} removes an object that no access
 *       list uses, and is refused otherwise (as the ASA refuses to delete an object in use);
 *   <li>{@code no ssh|http|icmp ...} removes the management-access line it repeats;
 *   <li>anything else is a global statement (a route, a NAT rule, {@code same-security-traffic}, a management-access
 *       line), kept once, in order (the order of {@code icmp} lines is their order of evaluation).
 * </ul>
 * A test model of the device, independent of the read-back: it knows the command semantics, not what an entry means.
 */
public final class AsaRunningConfig {
    private static final Pattern BLOCK = Pattern.compile("^(interface|object|object-group|policy-map|class-map) .*");
    private static final Pattern ACE = Pattern.compile("^access-list (\\S+) .*");
    private static final Pattern GROUP = Pattern.compile("^(no )?access-group (\\S+) (in|out) interface (\\S+)$");
    private static final Pattern NO_OBJECT = Pattern.compile("^no (object network|object-group network|object-group "
            + "service) (\\S+)$");
    /** {@code no ssh|http|icmp ...}: removes the line it repeats (the ASA matches it by value). */
    private static final Pattern MANAGEMENT_REMOVAL = Pattern.compile("^no (ssh|http|icmp) .*");
    private static final Pattern REFERENCE = Pattern.compile("\\b(?:object|object-group) (\\S+)");

    private final Map<String, List<String>> blocks = new LinkedHashMap<>();
    private final Map<String, List<String>> acls = new LinkedHashMap<>();
    /** {@code NAMEIF in} to the list applied there. */
    private final Map<String, String> groups = new LinkedHashMap<>();
    private final List<String> globals = new ArrayList<>();

    public AsaRunningConfig apply(SourceFile file) {
        Optional<String> current = Optional.empty();
        for (String raw : file.text().split("\n")) {
            String line = raw.stripTrailing();
            String text = line.strip().replaceAll("\\s+", " ");
            if (text.isEmpty() || text.startsWith("!") || text.startsWith(":")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                String block = current.orElseThrow(() -> new IllegalArgumentException("outside a block: " + line));
                child(block, line.length() - line.stripLeading().length() > 1 && block.startsWith("policy-map ")
                        ? " " + text : text);
                continue;
            }
            current = Optional.empty();
            Matcher ace = ACE.matcher(text);
            Matcher group = GROUP.matcher(text);
            Matcher noObject = NO_OBJECT.matcher(text);
            if (BLOCK.matcher(text).matches()) {
                blocks.putIfAbsent(text, new ArrayList<>());
                current = Optional.of(text);
            } else if (ace.matches()) {
                if (references(text).allMatch(this::objectExists)) {
                    acls.computeIfAbsent(ace.group(1), n -> new ArrayList<>()).add(text);
                }
            } else if (text.startsWith("clear configure access-list ")) {
                String name = text.substring("clear configure access-list ".length());
                acls.remove(name);
                groups.values().removeIf(name::equals);
            } else if (group.matches()) {
                String key = group.group(4) + " " + group.group(3);
                if (group.group(1) != null) {
                    groups.remove(key, group.group(2));
                } else if (acls.containsKey(group.group(2)) && nameifs().contains(group.group(4))) {
                    groups.put(key, group.group(2));
                }
            } else if (noObject.matches()) {
                String name = noObject.group(2);
                boolean used = acls.values().stream().flatMap(List::stream).flatMap(AsaRunningConfig::references)
                        .anyMatch(name::equals);
                if (!used) {
                    blocks.remove(noObject.group(1) + " " + name);
                }
            } else if (MANAGEMENT_REMOVAL.matcher(text).matches()) {
                globals.remove(text.substring("no ".length()));
            } else if (!globals.contains(text)) {
                globals.add(text);
            }
        }
        return this;
    }

    private void child(String block, String text) {
        List<String> children = blocks.get(block);
        for (String replaced : List.of("description ", "host ", "subnet ", "range ", "nameif ", "security-level ")) {
            if (text.startsWith(replaced) && (block.startsWith("object network ") || replaced.equals("description ")
                    || block.startsWith("interface "))) {
                String key = block.startsWith("object network ") && !replaced.equals("description ")
                        ? "(host |subnet |range ).*" : replaced + ".*";
                children.removeIf(c -> c.matches(key));
            }
        }
        if (!children.contains(text)) {
            children.add(text);
        }
    }

    private static java.util.stream.Stream<String> references(String ace) {
        List<String> names = new ArrayList<>();
        Matcher m = REFERENCE.matcher(ace);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names.stream();
    }

    private boolean objectExists(String name) {
        return blocks.keySet().stream().anyMatch(b -> b.matches("object(-group)? \\S+ " + Pattern.quote(name)
                + "( .*)?"));
    }

    private List<String> nameifs() {
        List<String> names = new ArrayList<>();
        blocks.forEach((header, children) -> {
            if (header.startsWith("interface ")) {
                children.stream().filter(c -> c.startsWith("nameif ")).forEach(c -> names.add(c.substring(7)));
            }
        });
        return names;
    }

    /** Blocks by header with their commands, in the order the device lists them. */
    public Map<String, List<String>> blocks() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        blocks.forEach((h, c) -> copy.put(h, List.copyOf(c)));
        return copy;
    }

    /** Access lists by name, each with its entries in order. */
    public Map<String, List<String>> acls() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        acls.forEach((h, c) -> copy.put(h, List.copyOf(c)));
        return copy;
    }

    /** {@code NAMEIF in} (or {@code out}) to the access list applied there. */
    public Map<String, String> accessGroups() {
        return Map.copyOf(groups);
    }

    public List<String> globals() {
        return List.copyOf(globals);
    }

    /** The configuration as {@code show running-config} prints it: interfaces and objects, lists, the rest, bindings. */
    public SourceFile asFile(String name) {
        StringBuilder text = new StringBuilder();
        blocks.forEach((header, children) -> {
            text.append(header).append('\n');
            children.forEach(c -> text.append(' ').append(c).append('\n'));
            text.append("!\n");
        });
        acls.values().forEach(entries -> entries.forEach(e -> text.append(e).append('\n')));
        globals.forEach(g -> text.append(g).append('\n'));
        groups.forEach((key, acl) -> {
            String[] w = key.split(" ");
            text.append("access-group ").append(acl).append(' ').append(w[1]).append(" interface ").append(w[0])
                    .append('\n');
        });
        return new SourceFile(name, text.toString());
    }
}
