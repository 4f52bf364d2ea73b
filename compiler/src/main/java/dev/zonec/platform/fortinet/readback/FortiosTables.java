package dev.zonec.platform.fortinet.readback;

import dev.zonec.readback.LineParsing.Line;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables a FortiOS configuration leaves behind, as its lines leave them: per VDOM and {@code config} path, the
 * entries in list order (the order {@code edit} created them, as {@code move} changed it), each with its fields.
 * FortiOS resolves names when a policy is used, so objects and policies are interpreted from the final tables.
 */
final class FortiosTables {

    /** Why an entry cannot be reduced to packets, and the line that says so. */
    record Problem(Line line, String why) {}

    /** One field of an entry: its values (a list for multi-valued fields) and the line that set it. */
    record Setting(List<String> values, Line line) {
        String first() {
            return values.isEmpty() ? "" : values.get(0);
        }
    }

    /** One {@code edit} entry. */
    static final class Entry {
        final String key;
        final Line line;
        final Map<String, Setting> settings = new LinkedHashMap<>();
        final List<Problem> problems = new ArrayList<>();

        Entry(String key, Line line) {
            this.key = key;
            this.line = line;
        }

        Optional<Setting> get(String field) {
            return Optional.ofNullable(settings.get(field));
        }

        String value(String field, String otherwise) {
            Setting s = settings.get(field);
            return s == null || s.values().isEmpty() ? otherwise : s.first();
        }

        List<String> list(String field) {
            Setting s = settings.get(field);
            return s == null ? List.of() : s.values();
        }

        Entry copy(String newKey, Line at) {
            Entry e = new Entry(newKey, at);
            e.settings.putAll(settings);
            e.problems.addAll(problems);
            return e;
        }
    }

    /** One {@code config} table (or a single-object config such as {@code system settings}: its fields only). */
    static final class Table {
        final String path;
        final Line line;
        final KeyOrder order = new KeyOrder();
        final Map<String, Entry> entries = new HashMap<>();
        final Map<String, Setting> settings = new LinkedHashMap<>();

        Table(String path, Line line) {
            this.path = path;
            this.line = line;
        }

        List<Entry> inOrder() {
            return order.keys().stream().map(entries::get).toList();
        }

        Optional<Entry> find(String key) {
            return Optional.ofNullable(entries.get(key));
        }
    }

    /** Tables by VDOM ({@code ""} when the file has none) and path. */
    final Map<String, Map<String, Table>> byVdom = new LinkedHashMap<>();

    Table table(String vdom, String path, Line line) {
        return byVdom.computeIfAbsent(vdom, v -> new LinkedHashMap<>()).computeIfAbsent(path, p -> new Table(p, line));
    }

    Optional<Table> find(String vdom, String path) {
        return Optional.ofNullable(byVdom.getOrDefault(vdom, Map.of()).get(path));
    }
}
