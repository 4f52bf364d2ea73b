package dev.zonec.platform.fortinet;

import dev.zonec.model.source.SourceFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FortiGate's configuration as {@code show} lists it, changed command by command as the FortiOS CLI changes it
 * when a script is run or pasted (FortiOS CLI reference, "CLI basics": {@code config}, {@code edit}, {@code set},
 * {@code unset}, {@code next}, {@code end}, {@code move}, {@code delete}):
 * <ul>
 *   <li>{@code config PATH} enters a table (inside an entry, a table of that entry); {@code edit KEY} enters an entry,
 *       created at the end of the table if it does not exist; {@code next} and {@code end} leave them;
 *   <li>{@code set FIELD VALUES} replaces the field's values, {@code unset FIELD} removes them;
 *   <li>{@code move KEY before|after OTHER} reorders entries of the current table;
 *   <li>{@code delete KEY} removes an entry, and is refused while another entry refers to it (an address, group or
 *       service still named by a policy or a group), as FortiOS refuses to delete an object in use; a {@code set}
 *       that names an address, group or service that does not exist is refused too.
 * </ul>
 * A test model of the device, independent of the read-back: it knows the command semantics, not what a policy means.
 * Commands it does not model fail the test.
 */
public final class FortiosRunningConfig {
    private static final Pattern TOKEN = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|\\S+");
    /** Fields whose values name an object of a firewall table, and the names FortiOS has built in. */
    private static final Set<String> REFERENCES = Set.of("srcaddr", "dstaddr", "srcaddr6", "dstaddr6", "service",
            "member", "application-list");
    private static final Set<String> BUILT_IN = Set.of("all", "ALL", "none");

    /** An entry: its settings in order, and its own tables. */
    public static final class Entry {
        final Map<String, List<String>> settings = new LinkedHashMap<>();
        final Map<String, Map<String, Entry>> tables = new LinkedHashMap<>();
    }

    private final Map<String, Map<String, Entry>> tables = new LinkedHashMap<>();

    public FortiosRunningConfig apply(SourceFile file) {
        Deque<Map<String, Entry>> openTables = new ArrayDeque<>();
        Deque<Entry> openEntries = new ArrayDeque<>();
        for (String line : file.text().split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            List<String> raw = tokens(text);
            List<String> w = raw.stream().map(FortiosRunningConfig::unquoted).toList();
            switch (w.get(0)) {
                case "config" -> {
                    String path = String.join(" ", w.subList(1, w.size()));
                    Map<String, Map<String, Entry>> owner = openEntries.isEmpty() || openEntries.size()
                            < openTables.size() ? tables : openEntries.peek().tables;
                    openTables.push(owner.computeIfAbsent(path, p -> new LinkedHashMap<>()));
                }
                case "edit" -> openEntries.push(openTables.peek().computeIfAbsent(w.get(1), k -> new Entry()));
                case "next" -> openEntries.pop();
                case "end" -> openTables.pop();
                case "set" -> {
                    if (!REFERENCES.contains(w.get(1)) || w.subList(2, w.size()).stream().allMatch(this::exists)) {
                        openEntries.peek().settings.put(w.get(1), List.copyOf(raw.subList(2, raw.size())));
                    }
                }
                case "unset" -> openEntries.peek().settings.remove(w.get(1));
                case "move" -> move(openTables.peek(), w.get(1), w.get(2), w.get(3));
                case "delete" -> {
                    if (!referenced(w.get(1))) {
                        openTables.peek().remove(w.get(1));
                    }
                }
                default -> throw new IllegalArgumentException("not modelled: " + text);
            }
        }
        return this;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static String unquoted(String token) {
        return token.length() > 1 && token.startsWith("\"") && token.endsWith("\"")
                ? token.substring(1, token.length() - 1) : token;
    }

    private static void move(Map<String, Entry> table, String key, String where, String other) {
        Entry moved = table.remove(key);
        if (moved == null || !table.containsKey(other)) {
            throw new IllegalArgumentException("move of an entry that does not exist: " + key + " " + other);
        }
        List<Map.Entry<String, Entry>> order = new ArrayList<>(table.entrySet());
        int at = 0;
        while (!order.get(at).getKey().equals(other)) {
            at++;
        }
        order.add(where.equals("before") ? at : at + 1, Map.entry(key, moved));
        table.clear();
        order.forEach(e -> table.put(e.getKey(), e.getValue()));
    }

    private boolean exists(String name) {
        return BUILT_IN.contains(name) || tables.values().stream().anyMatch(t -> t.containsKey(name));
    }

    private boolean referenced(String name) {
        return tables.values().stream().flatMap(t -> t.values().stream()).anyMatch(e -> e.settings.entrySet().stream()
                .anyMatch(s -> REFERENCES.contains(s.getKey())
                        && s.getValue().stream().map(FortiosRunningConfig::unquoted).anyMatch(name::equals)));
    }

    /**
     * Every setting as one line, {@code PATH / KEY / FIELD VALUES} (an entry's own tables nested in the path), in the
     * order the device lists them.
     */
    public List<String> leaves() {
        List<String> leaves = new ArrayList<>();
        tables.forEach((path, table) -> leaves(path, table, leaves));
        return leaves;
    }

    private static void leaves(String path, Map<String, Entry> table, List<String> leaves) {
        table.forEach((key, entry) -> {
            String at = path + " / " + key;
            leaves.add(at);
            entry.settings.forEach((field, values) -> leaves.add(at + " / " + field + " " + String.join(" ", values)));
            entry.tables.forEach((sub, t) -> leaves(at + " / " + sub, t, leaves));
        });
    }

    /** The keys of one top-level table, in order. */
    public List<String> keys(String path) {
        return List.copyOf(tables.getOrDefault(path, Map.of()).keySet());
    }

    /** The tables' paths, in order. */
    public Set<String> paths() {
        return tables.keySet();
    }

    /** The configuration as {@code show} prints it. */
    public SourceFile asFile(String name) {
        StringBuilder text = new StringBuilder();
        tables.forEach((path, table) -> print(path, table, "", text));
        return new SourceFile(name, text.toString());
    }

    private static void print(String path, Map<String, Entry> table, String indent, StringBuilder text) {
        text.append(indent).append("config ").append(path).append('\n');
        table.forEach((key, entry) -> {
            text.append(indent).append("    edit ").append(quoted(key)).append('\n');
            entry.settings.forEach((field, values) -> {
                text.append(indent).append("        set ").append(field);
                values.forEach(v -> text.append(' ').append(v));
                text.append('\n');
            });
            entry.tables.forEach((sub, t) -> print(sub, t, indent + "        ", text));
            text.append(indent).append("    next\n");
        });
        text.append(indent).append("end\n");
    }

    private static String quoted(String key) {
        return key.matches("[0-9]+") ? key : "\"" + key + "\"";
    }
}
