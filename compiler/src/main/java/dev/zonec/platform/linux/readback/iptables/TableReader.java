package dev.zonec.platform.linux.readback.iptables;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.NotModelled;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One iptables-save file, line by line, as iptables-restore applies it: each {@code *table} ... {@code COMMIT}
 * block replaces that table (a block without COMMIT applies nothing); {@code :CHAIN POLICY} declares chains and
 * sets built-in policies; {@code -A}, {@code -I}, {@code -D} (by rule), {@code -N}, {@code -P}, {@code -F} edit them.
 *
 * <p>A {@code filter} block that declares no built-in chain is read as a load with {@code --noflush} (zonec's form):
 * the table keeps what the host had, which the file does not show. Declaring a user chain then empties it (as
 * iptables-restore does with --noflush), {@code -D} of a rule the file did not add removes one of the host's, and
 * what reaches the end of FORWARD meets the host's own rules, read as accepting everything (an upper bound: a file
 * whose own chains decide every packet through the inventory's interfaces is still proven exactly; one that leaves
 * some of them to the host is not proven equivalent).
 *
 * <p>Only the committed {@code filter} table is modelled; lines the reader cannot model make the device unprovable
 * when they sit in a chain FORWARD reaches, or in a table that changes packets before the filter does.
 */
final class TableReader {
    private static final Set<String> FILTER_BUILTINS = Set.of("INPUT", "FORWARD", "OUTPUT");
    /** nat chains that act after the forward filter or on the device's own traffic only. */
    private static final Set<String> NAT_AFTER_FILTER = Set.of("POSTROUTING", "OUTPUT", "INPUT");
    private static final Pattern RULE_CHAIN = Pattern.compile("^\\s*(?:\\[\\d+:\\d+]\\s*)?(?:-[46]\\s+)?(?:-[AIDR]|--append|--insert"
            + "|--delete|--replace)\\s+(\\S+)");

    /** A chain being read: its policy (built-ins only), its rules, and the lines in it that could not be modelled. */
    private static final class Chain {
        Optional<Flattener.Flat> policy = Optional.empty();
        final List<IptRule> rules = new ArrayList<>();
        /** Each rule's options as written after the chain name, whitespace normalised: what {@code -D} compares. */
        final List<String> specs = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();
    }

    /** A line of a chain that could not be modelled; {@code understood} if the grammar read it (a NotModelled). */
    private record Problem(LineParsing.Line line, String why, boolean understood) {}

    private static final String EXACT_HELP = "the read-back reads this line but cannot turn it into an exact set of "
            + "packets; see the Read-back section of docs/platforms/iptables.md for the forms it models";

    /** A table block as read so far. */
    private static final class Table {
        final String name;
        final LineParsing.Line start;
        final Map<String, Chain> chains = new LinkedHashMap<>();
        /** Whether the block declares a built-in chain, as a whole-table file does; otherwise it is a --noflush load. */
        boolean whole;

        Table(String name, LineParsing.Line start) {
            this.name = name;
            this.start = start;
            if (name.equals("filter")) {
                FILTER_BUILTINS.forEach(c -> chains.put(c, new Chain()));
            }
        }
    }

    private final String device;
    private final SourceFile file;
    private final IpFamily family;
    private final Diagnostics diagnostics;
    private final RuleReader ruleReader;
    private Optional<Table> open = Optional.empty();
    private Optional<Table> filter = Optional.empty();
    private boolean unprovable;
    private boolean read;
    /** Chains whose unmodelled lines were reported already. */
    private final Set<String> reported = new HashSet<>();

    TableReader(String device, SourceFile file, IpFamily family, Diagnostics diagnostics) {
        this.device = device;
        this.file = file;
        this.family = family;
        this.diagnostics = diagnostics;
        this.ruleReader = new RuleReader(family);
    }

    /** FORWARD unfolded, or empty when the file cannot be proven (already reported). */
    Optional<List<Flattener.Flat>> forward() {
        return unfold("FORWARD");
    }

    /** INPUT unfolded (what the host accepts for itself), or empty when the file cannot be proven. */
    Optional<List<Flattener.Flat>> input() {
        return unfold("INPUT");
    }

    /** The file's lines, read once for every chain asked about. */
    private void read() {
        if (read) {
            return;
        }
        read = true;
        String[] lines = file.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            line(new LineParsing.Line(file, i + 1, lines[i]));
        }
        LineParsing.Line first = new LineParsing.Line(file, 1, file.line(1));
        open.ifPresent(t -> fail(t.start, "table `" + t.name + "` has no COMMIT, so iptables-restore applies "
                + "nothing of this file"));
        if (filter.isEmpty()) {
            fail(first, "the file has no committed `*filter` table, so its chains are whatever they were before");
        }
    }

    private Optional<List<Flattener.Flat>> unfold(String builtin) {
        read();
        if (unprovable) {
            return Optional.empty();
        }
        Table table = filter.get();
        for (String name : reachable(table, builtin)) {
            if (!reported.add(name)) {
                continue; // a chain both built-ins reach: its lines are reported once
            }
            for (Problem p : table.chains.get(name).problems) {
                if (p.understood()) {
                    fail(p.line(), p.why());
                } else {
                    unprovable = true;
                    LineParsing.unprovable(device, p.line(), p.why(), diagnostics);
                }
            }
        }
        if (unprovable) {
            return Optional.empty();
        }
        Map<String, List<IptRule>> chains = new HashMap<>();
        table.chains.forEach((name, chain) -> chains.put(name, chain.rules));
        Optional<Flattener.Flat> end = table.chains.get(builtin).policy;
        // INPUT's policy a file leaves unset is the host's: read as accepting, an upper bound (what the host accepts
        // for itself is proven against the policy's rules to it, so an unknown end is never proven too narrow)
        if (end.isEmpty() && (!table.whole || builtin.equals("INPUT"))) {
            end = Optional.of(new Flattener.Flat(Guard.any(family), FilterRule.Action.PERMIT, table.start));
        }
        try {
            return Optional.of(new Flattener(chains).flatten(builtin, Guard.any(family), end));
        } catch (NotModelled e) {
            fail(table.chains.get(builtin).policy.map(Flattener.Flat::line).orElse(table.start), e.getMessage());
            return Optional.empty();
        }
    }

    private void line(LineParsing.Line line) {
        String text = line.text().strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return;
        }
        Optional<IptablesLineParser.LineContext> parsed = LineParsing.parse(line, IptablesLineLexer::new,
                IptablesLineParser::new, IptablesLineParser::line, diagnostics);
        if (parsed.isEmpty()) {
            notUnderstood(line);
            return;
        }
        IptablesLineParser.StatementContext s = parsed.get().statement();
        if (s instanceof IptablesLineParser.TableLineContext t) {
            if (open.isPresent()) {
                fail(line, "table `" + open.get().name + "` is not committed before the next one starts");
            }
            open = Optional.of(new Table(t.TABLE().getText().substring(1), line));
            return;
        }
        if (open.isEmpty()) {
            fail(line, "iptables-restore refuses a command outside a `*table` ... `COMMIT` block");
            return;
        }
        Table table = open.get();
        if (s instanceof IptablesLineParser.CommitLineContext) {
            if (table.name.equals("filter")) {
                filter = Optional.of(table);
            }
            open = Optional.empty();
        } else if (!table.name.equals("filter")) {
            otherTable(table, s, line);
        } else if (s instanceof IptablesLineParser.ChainLineContext c) {
            declare(table, c.CHAIN_DECL().getText().substring(1), c.policy.getText(), line);
        } else if (s instanceof IptablesLineParser.NewChainLineContext n) {
            declare(table, n.chain.getText(), "-", line);
        } else if (s instanceof IptablesLineParser.PolicyLineContext p) {
            policy(table, p.chain.getText(), p.target.getText(), line);
        } else if (s instanceof IptablesLineParser.FlushLineContext f) {
            if (f.chain == null) {
                table.chains.values().forEach(c -> {
                    c.rules.clear();
                    c.specs.clear();
                });
            } else if (table.chains.containsKey(f.chain.getText())) {
                table.chains.get(f.chain.getText()).rules.clear();
                table.chains.get(f.chain.getText()).specs.clear();
            } else {
                fail(line, "`-F` names no chain of the table");
            }
        } else if (s instanceof IptablesLineParser.RuleLineContext r) {
            rule(table, r, line);
        } else if (s instanceof IptablesLineParser.DeleteRuleLineContext d) {
            delete(table, d, line);
        } else {
            fail(line, "deleting, replacing or renaming rules and chains is not modelled by the read-back");
        }
    }

    private void rule(Table table, IptablesLineParser.RuleLineContext r, LineParsing.Line line) {
        Chain chain = table.chains.get(r.chain.getText());
        if (chain == null) {
            fail(line, "chain `" + r.chain.getText() + "` is not declared (iptables-restore refuses the line)");
            return;
        }
        int position = chain.rules.size();
        if (r.INSERT() != null) {
            position = 0;
            if (r.position != null) {
                String text = r.position.getText();
                if (!text.matches("[0-9]{1,6}") || Integer.parseInt(text) < 1
                        || Integer.parseInt(text) > chain.rules.size() + 1) {
                    fail(line, "`-I` position `" + text + "` is not a rule position of the chain");
                    return;
                }
                position = Integer.parseInt(text) - 1;
            }
        } else if (r.position != null) {
            fail(line, "`-A` takes no rule position");
            return;
        }
        Set<String> targets = new HashSet<>(table.chains.keySet());
        targets.removeAll(FILTER_BUILTINS);
        try {
            Optional<IptRule> rule = ruleReader.read(r, targets, line);
            if (rule.isPresent()) {
                chain.rules.add(position, rule.get());
                chain.specs.add(position, spec(r.option()));
            }
        } catch (NotModelled e) {
            chain.problems.add(new Problem(line, e.getMessage(), true));
        }
    }

    /**
     * {@code -D CHAIN RULE}: removes the first rule of the chain written the same way. A rule the file did not add is
     * one of the host's in a --noflush load (iptables-restore fails the whole file when there is none, and then
     * nothing of it applies); in a whole-table file it cannot exist.
     */
    private void delete(Table table, IptablesLineParser.DeleteRuleLineContext d, LineParsing.Line line) {
        Chain chain = table.chains.get(d.chain.getText());
        if (chain == null) {
            fail(line, "chain `" + d.chain.getText() + "` is not declared (iptables-restore refuses the line)");
            return;
        }
        int at = chain.specs.indexOf(spec(d.option()));
        if (at >= 0) {
            chain.rules.remove(at);
            chain.specs.remove(at);
        } else if (table.whole) {
            fail(line, "no rule of chain `" + d.chain.getText() + "` is written this way, so iptables-restore "
                    + "refuses the line");
        }
    }

    private static String spec(List<IptablesLineParser.OptionContext> options) {
        return String.join(" ", options.stream().map(o -> o.getStart().getInputStream().getText(
                org.antlr.v4.runtime.misc.Interval.of(o.getStart().getStartIndex(), o.getStop().getStopIndex()))
                .strip().replaceAll("\\s+", " ")).toList());
    }

    private void declare(Table table, String name, String policy, LineParsing.Line line) {
        boolean builtin = FILTER_BUILTINS.contains(name);
        if (builtin == policy.equals("-")) {
            fail(line, builtin ? "a built-in chain needs a policy" : "only built-in chains have a policy");
            return;
        }
        table.whole |= builtin;
        if (!builtin && table.chains.containsKey(name) && !table.whole) {
            table.chains.get(name).rules.clear(); // --noflush: iptables-restore empties a chain it is told to declare
            table.chains.get(name).specs.clear();
            return;
        }
        if (!builtin && table.chains.containsKey(name)) {
            fail(line, "chain `" + name + "` already exists (iptables-restore refuses to create it again)");
            return;
        }
        table.chains.putIfAbsent(name, new Chain());
        if (builtin) {
            policy(table, name, policy, line);
        }
    }

    private void policy(Table table, String name, String target, LineParsing.Line line) {
        if (!FILTER_BUILTINS.contains(name) || !(target.equals("ACCEPT") || target.equals("DROP"))) {
            fail(line, "the policy of a built-in filter chain is ACCEPT or DROP");
            return;
        }
        FilterRule.Action action = target.equals("ACCEPT") ? FilterRule.Action.PERMIT : FilterRule.Action.DENY;
        table.chains.get(name).policy = Optional.of(new Flattener.Flat(Guard.any(family), action, line));
    }

    /**
     * Only the filter table is modelled. nat rules that act after the forward filter (POSTROUTING) or on the device's
     * own traffic change no forwarding verdict; anything else (DNAT in PREROUTING, mangle, raw, security) might.
     */
    private void otherTable(Table table, IptablesLineParser.StatementContext s, LineParsing.Line line) {
        if (s instanceof IptablesLineParser.ChainLineContext || s instanceof IptablesLineParser.NewChainLineContext) {
            return;
        }
        if (s instanceof IptablesLineParser.RuleLineContext r && table.name.equals("nat")
                && NAT_AFTER_FILTER.contains(r.chain.getText())) {
            LineParsing.unknown(line, "not read (nat " + r.chain.getText() + " acts after the forward filter)",
                    diagnostics);
            return;
        }
        fail(line, "rules of table `" + table.name + "` can change or drop forwarded packets and are not modelled");
    }

    /** A line the grammar does not accept (already a ZC0802): it matters if its chain is one FORWARD or INPUT reaches. */
    private void notUnderstood(LineParsing.Line line) {
        if (open.isEmpty()) {
            unprovable = true;
            LineParsing.unprovable(device, line, "iptables-restore refuses a line it does not understand outside a "
                    + "table", diagnostics);
            return;
        }
        Table table = open.get();
        Matcher m = RULE_CHAIN.matcher(line.text());
        Optional<String> chain = m.find() ? Optional.of(m.group(1)) : Optional.empty();
        if (table.name.equals("filter") && chain.isPresent() && table.chains.containsKey(chain.get())) {
            table.chains.get(chain.get()).problems.add(new Problem(line, "a rule of chain `" + chain.get()
                    + "` was not understood", false));
        } else if (!(table.name.equals("nat") && chain.isPresent() && NAT_AFTER_FILTER.contains(chain.get()))) {
            unprovable = true;
            LineParsing.unprovable(device, line, "a line of table `" + table.name + "` was not understood", diagnostics);
        }
    }

    /** A built-in chain and the chains it jumps or goes to, directly or not. */
    private static Set<String> reachable(Table table, String builtin) {
        Set<String> seen = new HashSet<>(Set.of(builtin));
        Deque<String> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            for (IptRule rule : table.chains.get(todo.pop()).rules) {
                if ((rule.kind() == IptRule.Kind.JUMP || rule.kind() == IptRule.Kind.GOTO) && seen.add(rule.target())) {
                    todo.push(rule.target());
                }
            }
        }
        return seen;
    }

    private void fail(LineParsing.Line line, String why) {
        unprovable = true;
        LineParsing.unprovable(device, line, why, EXACT_HELP, diagnostics);
    }
}
