package dev.zonec.platform.fortinet.readback;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.LineParsing.Line;
import dev.zonec.platform.fortinet.readback.FortiosTables.Entry;
import dev.zonec.platform.fortinet.readback.FortiosTables.Problem;
import dev.zonec.platform.fortinet.readback.FortiosTables.Setting;
import dev.zonec.platform.fortinet.readback.FortiosTables.Table;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the lines of a FortiOS configuration to {@link FortiosTables}, keeping the block context between lines:
 * which {@code config} table and which {@code edit} entry the next {@code set} belongs to, inside which VDOM.
 * Tables the read-back does not model are skipped whole, with one ZC0802 on their {@code config} line unless they
 * are known not to decide forwarding; a line not understood inside a policy makes the device unprovable, inside an
 * address or service it breaks that object for any policy that uses it.
 */
final class FortiosLines {
    /** Tables the read-back interprets. */
    static final Set<String> MODELLED = Set.of("firewall address", "firewall address6", "firewall addrgrp",
            "firewall addrgrp6", "firewall service custom", "firewall service group", "firewall policy",
            "firewall policy6", "firewall local-in-policy", "firewall local-in-policy6", "system zone", "system settings");
    /** Tables of policies, where one line not understood makes the device unprovable. */
    static final Set<String> POLICIES = Set.of("firewall policy", "firewall policy6", "firewall local-in-policy",
            "firewall local-in-policy6");
    /** Tables that decide what is forwarded in ways the read-back does not model (checked when they have entries). */
    static final Set<String> DECIDING = Set.of("firewall policy46", "firewall policy64", "firewall consolidated policy",
            "firewall security-policy", "firewall acl", "firewall acl6", "firewall ttl-policy");
    /** Tables that do not change which packets the policies let through (management, logging, routing, profiles). */
    private static final List<String> QUIET = List.of("system ", "log ", "router ", "user ", "vpn ", "firewall schedule ",
            "firewall ssl-ssh-profile", "firewall profile-protocol-options", "firewall profile-group", "ips ", "application ",
            "antivirus ", "webfilter ", "dnsfilter ", "emailfilter ", "dlp ", "report ", "alertemail ", "wireless-controller ",
            "switch-controller ", "endpoint-control ", "firewall service category", "firewall internet-service",
            "firewall ippool", "firewall central-snat-map", "firewall shaping");

    /** A `config` block: its path, and the table it fills when it is a top-level table. */
    private record Config(String path, Optional<Table> table, boolean container) {}

    /** An `edit` entry of the block above it, or a VDOM of `config vdom`. */
    private record Edit(Optional<Entry> entry, Optional<String> vdom, String tablePath) {}

    private final String device;
    private final Diagnostics diagnostics;
    private final FortiosTables tables;
    private final Deque<Object> stack = new ArrayDeque<>();

    FortiosLines(String device, FortiosTables tables, Diagnostics diagnostics) {
        this.device = device;
        this.tables = tables;
        this.diagnostics = diagnostics;
    }

    void line(Line line) {
        String text = line.text().strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return;
        }
        Optional<FortiosLineParser.LineContext> parsed = LineParsing.parse(line, FortiosLineLexer::new,
                FortiosLineParser::new, FortiosLineParser::line, diagnostics);
        if (parsed.isEmpty()) {
            notUnderstood(line);
            return;
        }
        FortiosLineParser.StatementContext s = parsed.get().statement();
        if (s instanceof FortiosLineParser.ConfigLineContext c) {
            config(String.join(" ", c.value().stream().map(FortiosLines::text).toList()), line);
        } else if (s instanceof FortiosLineParser.EditLineContext e) {
            edit(text(e.key), line);
        } else if (s instanceof FortiosLineParser.SetLineContext set) {
            setting(set.field.getText(), values(set.value()), "set", line);
        } else if (s instanceof FortiosLineParser.UnsetLineContext u) {
            setting(u.field.getText(), List.of(), "unset", line);
        } else if (s instanceof FortiosLineParser.AppendLineContext a) {
            setting(a.field.getText(), values(a.value()), "append", line);
        } else if (s instanceof FortiosLineParser.SelectLineContext sel) {
            setting(sel.field.getText(), values(sel.value()), "set", line);
        } else if (s instanceof FortiosLineParser.UnselectLineContext u) {
            setting(u.field.getText(), values(u.value()), "unselect", line);
        } else if (s instanceof FortiosLineParser.NextLineContext) {
            if (stack.peek() instanceof Edit) {
                stack.pop();
            } else {
                LineParsing.unknown(line, "a `next` outside an `edit` entry, so not understood", diagnostics);
            }
        } else if (s instanceof FortiosLineParser.EndLineContext) {
            end(line);
        } else if (s != null) {
            tableCommand(s, line);
        }
    }

    private void config(String path, Line line) {
        Object top = stack.peek();
        boolean topLevel = top == null || (top instanceof Edit e && e.vdom().isPresent())
                || (top instanceof Config c && c.container() && c.path().equals("global"));
        if (top instanceof Config c && c.container() && c.path().equals("vdom")) {
            LineParsing.unknown(line, "a `config` inside `config vdom` without `edit <vdom>`, so not understood", diagnostics);
            stack.push(new Config(path, Optional.empty(), false));
        } else if (topLevel && (path.equals("vdom") || path.equals("global"))) {
            stack.push(new Config(path, Optional.empty(), true));
        } else if (topLevel) {
            stack.push(new Config(path, Optional.of(tables.table(vdom(), path, line)), false));
            if (!MODELLED.contains(path) && !DECIDING.contains(path) && QUIET.stream().noneMatch(path::startsWith)) {
                LineParsing.unknown(line, "a table the read-back does not model (`config " + path + "`), so not understood",
                        diagnostics);
            }
        } else {
            String parent = top instanceof Edit e ? e.tablePath() : ((Config) top).path();
            if (POLICIES.contains(parent)) {
                LineParsing.unknown(line, "a block inside a policy, so not understood", diagnostics);
                LineParsing.unprovable(device, line, "`config " + path + "` inside a policy is not modelled", diagnostics);
            }
            stack.push(new Config(path, Optional.empty(), false));
        }
    }

    private void edit(String key, Line line) {
        Object top = stack.peek();
        if (!(top instanceof Config c)) {
            LineParsing.unknown(line, "an `edit` outside a `config` block, so not understood", diagnostics);
            return;
        }
        if (c.container() && c.path().equals("vdom")) {
            stack.push(new Edit(Optional.empty(), Optional.of(key), ""));
            return;
        }
        if (c.table().isEmpty()) {
            stack.push(new Edit(Optional.empty(), Optional.empty(), c.path()));
            return;
        }
        Table table = c.table().get();
        if (key.equals("0") && POLICIES.contains(table.path)) {
            // `edit 0` takes the next free policy ID
            key = Integer.toString(table.entries.keySet().stream().mapToInt(FortiosLines::number).max().orElse(0) + 1);
        }
        String k = key;
        Entry entry = table.entries.computeIfAbsent(k, x -> {
            table.order.add(x);
            return new Entry(x, line);
        });
        stack.push(new Edit(Optional.of(entry), Optional.empty(), table.path));
    }

    private void setting(String field, List<String> values, String how, Line line) {
        Object top = stack.peek();
        Map<String, Setting> settings;
        if (top instanceof Edit e && e.entry().isPresent()) {
            settings = e.entry().get().settings;
        } else if (top instanceof Config c && c.table().isPresent()) {
            settings = c.table().get().settings;
        } else if (top == null) {
            LineParsing.unknown(line, "a `" + how + "` outside a `config` block, so not understood", diagnostics);
            return;
        } else {
            return;
        }
        Setting old = settings.get(field);
        switch (how) {
            case "set" -> settings.put(field, new Setting(values, line));
            case "unset" -> settings.remove(field);
            case "append" -> {
                Set<String> list = new LinkedHashSet<>(old == null ? List.of() : old.values());
                list.addAll(values);
                settings.put(field, new Setting(List.copyOf(list), line));
            }
            default -> {
                List<String> list = new ArrayList<>(old == null ? List.of() : old.values());
                list.removeAll(values);
                settings.put(field, new Setting(list, line));
            }
        }
    }

    private void end(Line line) {
        if (stack.peek() instanceof Edit) {
            // `end` inside an entry saves it and leaves the table
            stack.pop();
        }
        if (!(stack.peek() instanceof Config)) {
            LineParsing.unknown(line, "an `end` without `config`, so not understood", diagnostics);
            return;
        }
        stack.pop();
    }

    private void tableCommand(FortiosLineParser.StatementContext s, Line line) {
        Optional<Table> table = stack.peek() instanceof Config c ? c.table() : Optional.empty();
        if (table.isEmpty()) {
            if (stack.isEmpty()) {
                LineParsing.unknown(line, "a table command outside a table, so not understood", diagnostics);
            }
            return;
        }
        Table t = table.get();
        if (s instanceof FortiosLineParser.MoveLineContext m) {
            String key = text(m.key);
            String other = text(m.other);
            if (!t.order.contains(key) || !t.order.contains(other) || key.equals(other)) {
                unprovableHere(t, line, "`move " + key + "` names an entry that does not exist");
                return;
            }
            t.order.move(key, other, m.AFTER() != null);
        } else if (s instanceof FortiosLineParser.DeleteLineContext d) {
            t.order.remove(text(d.key));
            t.entries.remove(text(d.key));
        } else if (s instanceof FortiosLineParser.PurgeLineContext) {
            t.order.clear();
            t.entries.clear();
        } else if (s instanceof FortiosLineParser.RenameLineContext r) {
            String key = text(r.key);
            String other = text(r.other);
            if (!t.entries.containsKey(key) || t.entries.containsKey(other)) {
                unprovableHere(t, line, "`rename " + key + " to " + other + "` cannot apply");
                return;
            }
            t.order.rename(key, other);
            Entry old = t.entries.remove(key);
            t.entries.put(other, old.copy(other, old.line));
        } else if (s instanceof FortiosLineParser.CloneLineContext cl) {
            String key = text(cl.key);
            String other = text(cl.other);
            if (!t.entries.containsKey(key) || t.entries.containsKey(other)) {
                unprovableHere(t, line, "`clone " + key + " to " + other + "` cannot apply");
                return;
            }
            t.order.add(other);
            t.entries.put(other, t.entries.get(key).copy(other, line));
        }
    }

    /** A line the grammar rejected (already ZC0802): what it could have changed depends on where it is. */
    private void notUnderstood(Line line) {
        String table = "";
        Optional<Entry> entry = Optional.empty();
        for (Object frame : stack) {
            if (frame instanceof Edit e && e.entry().isPresent() && entry.isEmpty()) {
                entry = e.entry();
                table = e.tablePath();
            } else if (frame instanceof Config c && table.isEmpty() && c.table().isPresent()) {
                table = c.path();
            }
        }
        if (POLICIES.contains(table) || table.equals("system zone")) {
            LineParsing.unprovable(device, line, "a line of `config " + table + "` was not understood", diagnostics);
        } else if (entry.isPresent() && MODELLED.contains(table)) {
            entry.get().problems.add(new Problem(line, "`" + entry.get().key + "` in `config " + table
                    + "` has a line the read-back does not understand"));
        }
    }

    private void unprovableHere(Table t, Line line, String why) {
        if (MODELLED.contains(t.path)) {
            LineParsing.unprovable(device, line, why + " in `config " + t.path + "`", diagnostics);
        }
    }

    /** The VDOM the current block belongs to: the innermost `edit <vdom>` of `config vdom`, `global`, or none. */
    private String vdom() {
        Iterator<Object> frames = stack.iterator();
        while (frames.hasNext()) {
            Object frame = frames.next();
            if (frame instanceof Edit e && e.vdom().isPresent()) {
                return e.vdom().get();
            }
            if (frame instanceof Config c && c.container() && c.path().equals("global")) {
                return "global";
            }
        }
        return "";
    }

    private static int number(String key) {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> values(List<FortiosLineParser.ValueContext> values) {
        return values.stream().map(FortiosLines::text).toList();
    }

    /** A value without its quotes and escapes. */
    static String text(FortiosLineParser.ValueContext v) {
        String t = v.getText();
        if (v.STRING() == null) {
            return t;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < t.length() - 1; i++) {
            char c = t.charAt(i);
            if (c == '\\' && i + 1 < t.length() - 1) {
                c = t.charAt(++i);
            }
            b.append(c);
        }
        return b.toString();
    }
}
