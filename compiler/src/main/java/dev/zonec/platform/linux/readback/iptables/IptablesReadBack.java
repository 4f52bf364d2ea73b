package dev.zonec.platform.linux.readback.iptables;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.ReadBack;
import dev.zonec.platform.linux.readback.Netfilter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads iptables-save files back: {@code <device>.iptables} for IPv4 and {@code <device>.ip6tables} for IPv6, each
 * applying to its own IP version only. Of each file's committed {@code filter} table, the FORWARD chain is unfolded
 * with every chain it jumps to into one first-match list ({@link Flattener}); both files' lists make one stage for
 * every interface pair. INPUT is unfolded the same way into the local stage: what the host accepts for itself. The device is stateful when each file that accepts new connections first accepts
 * ESTABLISHED packets unconditionally (before anything could drop them).
 */
public final class IptablesReadBack implements ReadBack {
    private static final String FILES_HELP = "an iptables device has two files, `<device>.iptables` (IPv4) and "
            + "`<device>.ip6tables` (IPv6), as zonec writes them";


    @Override
    public PacketFilter read(String device, List<SourceFile> files, Diagnostics diagnostics) {
        Map<IpFamily, SourceFile> byFamily = new EnumMap<>(IpFamily.class);
        List<FilterRule> rules = new ArrayList<>();
        List<FilterRule> local = new ArrayList<>();
        boolean stateful = true;
        for (SourceFile file : files) {
            Optional<IpFamily> family = family(file);
            LineParsing.Line first = new LineParsing.Line(file, 1, file.line(1));
            if (family.isEmpty() || byFamily.containsKey(family.get())) {
                LineParsing.unknown(first, "a file that is neither one `.iptables` nor one `.ip6tables` file and is "
                        + "not read", diagnostics);
                LineParsing.unprovable(device, first, "`" + file.displayPath() + "` is not an iptables-save file "
                        + "the read-back knows the IP version of", FILES_HELP, diagnostics);
                continue;
            }
            byFamily.put(family.get(), file);
            TableReader table = new TableReader(device, file, family.get(), diagnostics);
            Optional<List<Flattener.Flat>> forward = table.forward();
            if (forward.isEmpty()) {
                continue;
            }
            for (Flattener.Flat flat : forward.get()) {
                rules.add(flat.guard().toRule(flat.action(), file.displayPath(), flat.line().number()));
            }
            stateful &= passesReplies(forward.get());
            table.input().ifPresent(input -> input.forEach(flat -> local.add(flat.guard().toRule(flat.action(),
                    file.displayPath(), flat.line().number()))));
        }
        for (IpFamily family : IpFamily.values()) {
            if (!byFamily.containsKey(family) && !files.isEmpty()) {
                SourceFile any = files.get(0);
                LineParsing.unprovable(device, new LineParsing.Line(any, 1, any.line(1)), "there is no `"
                        + (family == IpFamily.V4 ? ".iptables" : ".ip6tables") + "` file, so what the device does "
                        + "with " + (family == IpFamily.V4 ? "IPv4" : "IPv6") + " is not known", FILES_HELP, diagnostics);
            }
        }
        // every packet is IPv4 or IPv6 and each file's list ends deciding all of its version: the default is moot
        FilterStage stage = new FilterStage("filter FORWARD", Set.of(), Set.of(), rules, FilterRule.Action.DENY);
        FilterStage input = new FilterStage("filter INPUT", Set.of(), Set.of(), local, FilterRule.Action.DENY);
        return new PacketFilter(device, stateful, List.of(stage), List.of(input));
    }

    private static Optional<IpFamily> family(SourceFile file) {
        String name = file.displayPath();
        if (name.endsWith(".ip6tables")) {
            return Optional.of(IpFamily.V6);
        }
        if (name.endsWith(".iptables")) {
            return Optional.of(IpFamily.V4);
        }
        return Optional.empty();
    }

    /**
     * Replies pass when no rule denies an ESTABLISHED packet that an earlier ctstate/state accept including
     * ESTABLISHED has not already taken: an accept that matches nothing but states takes every such packet, one that
     * also names interfaces (zonec's accept behind its per-interface jumps) takes those entering and leaving there.
     * A file that accepts no new connection needs none.
     */
    static boolean passesReplies(List<Flattener.Flat> forward) {
        boolean acceptsNew = forward.stream().anyMatch(f -> f.action() == FilterRule.Action.PERMIT
                && f.guard().states().contains(Netfilter.State.NEW));
        if (!acceptsNew) {
            return true;
        }
        // the interfaces (in, out; empty: any) of the accepts that took replies, looked up instead of searched
        Set<List<Optional<String>>> taken = new HashSet<>();
        Optional<String> any = Optional.empty();
        for (Flattener.Flat f : forward) {
            Guard g = f.guard();
            if (!g.states().contains(Netfilter.State.ESTABLISHED)) {
                continue;
            }
            boolean covered = taken.contains(List.of(any, any)) || taken.contains(List.of(g.in(), any))
                    || taken.contains(List.of(any, g.out())) || taken.contains(List.of(g.in(), g.out()));
            if (covered) {
                continue;
            }
            if (f.action() == FilterRule.Action.DENY) {
                return false;
            }
            if (g.hasOnlyStatesAndInterfaces()) {
                taken.add(List.of(g.in(), g.out()));
            }
        }
        return true; // every packet is decided by the list's end, and no deny took a reply
    }
}
