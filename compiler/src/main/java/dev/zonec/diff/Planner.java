package dev.zonec.diff;

import dev.zonec.check.Chain;
import dev.zonec.check.InvariantCheck;
import dev.zonec.check.InvariantResult;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.source.Span;
import dev.zonec.render.OutputFile;
import dev.zonec.render.RenderedConfig;
import dev.zonec.report.Fingerprints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Diff stage entry point: the plan of a change from one version of a site to another (see {@link Plan}). Both sides
 * come checked and rendered ({@link Side}); nothing here reads files or writes any.
 */
public final class Planner {

    private Planner() {}

    public static Plan plan(Side before, Side after) {
        List<String> notes = new ArrayList<>();
        if (before.present() && before.ir().isEmpty()) {
            notes.add(before.label() + " has errors before its rules could be placed (" + before.errors()
                    + "): the plan compares " + after.label() + " with an empty site");
        }
        if (after.present() && after.ir().isEmpty()) {
            notes.add(after.label() + " has errors before its rules could be placed (" + after.errors()
                    + "): the plan compares " + before.label() + " with an empty site");
        }
        if (!before.present()) {
            notes.add("the site folder does not exist in " + before.label() + ": everything is new");
        }
        if (!after.present()) {
            notes.add("the site folder does not exist in " + after.label() + ": everything is removed");
        }
        java.util.Set<String> same = sameConfigs(before, after);
        ReachabilityDiff.Result reach = ReachabilityDiff.compare(before.site(), before.ir(), after.site(), after.ir(), same);
        return new Plan(before, after, reach.added(), reach.removed(), requirements(before, after),
                findings(before, after), devices(before, after, same), notes);
    }

    /**
     * Devices whose generated files are the same bytes on both sides. A config states every address, port, zone and
     * origin of its rules, so such a device has the same rules too, and nothing about it needs comparing.
     */
    private static java.util.Set<String> sameConfigs(Side before, Side after) {
        Map<String, List<OutputFile>> was = filesOf(before);
        java.util.Set<String> same = new TreeSet<>();
        for (RenderedConfig c : after.configs()) {
            List<OutputFile> old = was.get(c.device());
            if (old != null && old.size() == c.files().size()) {
                boolean equal = true;
                for (int i = 0; i < old.size() && equal; i++) {
                    equal = old.get(i).name().equals(c.files().get(i).name())
                            && old.get(i).sha256().equals(c.files().get(i).sha256());
                }
                if (equal && devicesOf(before).containsKey(c.device())) {
                    same.add(c.device());
                }
            }
        }
        return same;
    }

    private static List<Plan.StatusChange> requirements(Side before, Side after) {
        Map<String, InvariantResult> was = byText(before.invariants());
        Map<String, InvariantResult> is = byText(after.invariants());
        TreeSet<String> all = new TreeSet<>(was.keySet());
        all.addAll(is.keySet());
        List<Plan.StatusChange> changes = new ArrayList<>();
        for (String requirement : all) {
            Optional<InvariantResult> a = Optional.ofNullable(was.get(requirement));
            Optional<InvariantResult> b = Optional.ofNullable(is.get(requirement));
            Plan.Status from = a.map(Planner::status).orElse(Plan.Status.ABSENT);
            Plan.Status to = b.map(Planner::status).orElse(Plan.Status.ABSENT);
            if (from == to) {
                continue;
            }
            InvariantResult shown = b.or(() -> a).orElseThrow();
            Optional<Chain> witness = b.flatMap(InvariantResult::witness);
            List<Span> policy = witness.map(w -> w.links().stream().flatMap(l -> l.hops().stream())
                    .map(h -> h.rule().origin()).distinct().sorted().toList()).orElse(List.of());
            changes.add(new Plan.StatusChange(requirement, from, to, shown.invariant().span(),
                    witness.map(Chain::describe), policy));
        }
        changes.sort(java.util.Comparator.comparing(Plan.StatusChange::span).thenComparing(Plan.StatusChange::requirement));
        return changes;
    }

    private static Plan.Status status(InvariantResult r) {
        if (r.witness().isEmpty()) {
            return Plan.Status.HOLDS;
        }
        return r.waiver().isPresent() ? Plan.Status.WAIVED : Plan.Status.VIOLATED;
    }

    private static Map<String, InvariantResult> byText(List<InvariantResult> results) {
        Map<String, InvariantResult> map = new LinkedHashMap<>();
        results.forEach(r -> map.putIfAbsent(InvariantCheck.describe(r.invariant()), r));
        return map;
    }

    /**
     * Findings on one side only, or waived on one side only, matched by {@link Fingerprints} with the file's path in
     * the site (so two folders, or two revisions, of one site compare). Requirements are reported above, not here.
     */
    private static List<Plan.FindingChange> findings(Side before, Side after) {
        Map<String, Diagnostic> was = byFingerprint(before.diagnostics());
        Map<String, Diagnostic> is = byFingerprint(after.diagnostics());
        List<Plan.FindingChange> changes = new ArrayList<>();
        for (Map.Entry<String, Diagnostic> e : is.entrySet()) {
            Diagnostic old = was.get(e.getKey());
            Diagnostic now = e.getValue();
            if (old == null) {
                changes.add(new Plan.FindingChange("new", now));
            } else if (old.isWaived() != now.isWaived()) {
                changes.add(new Plan.FindingChange(now.isWaived() ? "newly waived" : "waiver no longer applies", now));
            } else if (old.severity() != now.severity()) {
                changes.add(new Plan.FindingChange("now " + now.severity().word(), now));
            }
        }
        for (Map.Entry<String, Diagnostic> e : was.entrySet()) {
            if (!is.containsKey(e.getKey())) {
                changes.add(new Plan.FindingChange("resolved", e.getValue()));
            }
        }
        changes.sort(java.util.Comparator.comparing((Plan.FindingChange c) -> c.change().equals("resolved") ? 1 : 0)
                .thenComparing(Plan.FindingChange::diagnostic, Diagnostic.ORDER));
        return changes;
    }

    private static Map<String, Diagnostic> byFingerprint(List<Diagnostic> diagnostics) {
        List<Diagnostic> findings = diagnostics.stream().filter(d -> !isRequirement(d.code())).toList();
        List<String> keys = Fingerprints.keys(findings, span -> span.file().sitePath());
        Map<String, Diagnostic> map = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            map.put(keys.get(i), findings.get(i));
        }
        return map;
    }

    private static boolean isRequirement(Code code) {
        return code == Code.ZC0401 || code == Code.ZC0402 || code == Code.ZC0403;
    }

    private static List<Plan.DeviceChange> devices(Side before, Side after, java.util.Set<String> same) {
        Map<String, DeviceIr> was = devicesOf(before);
        Map<String, DeviceIr> is = devicesOf(after);
        Map<String, List<OutputFile>> wasFiles = filesOf(before);
        Map<String, List<OutputFile>> isFiles = filesOf(after);
        TreeSet<String> names = new TreeSet<>(was.keySet());
        names.addAll(is.keySet());
        List<Plan.DeviceChange> changes = new ArrayList<>();
        for (String name : names) {
            Optional<DeviceIr> a = Optional.ofNullable(was.get(name));
            Optional<DeviceIr> b = Optional.ofNullable(is.get(name));
            if (same.contains(name)) {
                changes.add(new Plan.DeviceChange(name, platform(b.orElseThrow()), Plan.DeviceStatus.UNCHANGED, List.of(),
                        List.of()));
                continue;
            }
            List<IrRule> aRules = a.map(DeviceIr::rules).orElse(List.of());
            List<IrRule> bRules = b.map(DeviceIr::rules).orElse(List.of());
            List<Plan.RuleChange> rules = RuleDiff.compare(aRules, bRules);
            List<Plan.FileChange> files = TextDiff.compare(wasFiles.getOrDefault(name, List.of()),
                    isFiles.getOrDefault(name, List.of()));
            Plan.DeviceStatus status = a.isEmpty() ? Plan.DeviceStatus.ADDED : b.isEmpty() ? Plan.DeviceStatus.REMOVED
                    : rules.isEmpty() && files.isEmpty() && platform(a.get()).equals(platform(b.get()))
                    ? Plan.DeviceStatus.UNCHANGED : Plan.DeviceStatus.CHANGED;
            String platform = b.or(() -> a).map(Planner::platform).orElseThrow();
            if (a.isPresent() && b.isPresent() && !platform(a.get()).equals(platform(b.get()))) {
                platform = platform(a.get()) + " -> " + platform(b.get());
            }
            changes.add(new Plan.DeviceChange(name, platform, status, rules, files));
        }
        return changes;
    }

    private static String platform(DeviceIr d) {
        return d.device().platform().id();
    }

    private static Map<String, DeviceIr> devicesOf(Side side) {
        Map<String, DeviceIr> map = new TreeMap<>();
        side.ir().ifPresent(ir -> ir.devices().forEach(d -> map.put(d.device().name(), d)));
        return map;
    }

    private static Map<String, List<OutputFile>> filesOf(Side side) {
        Map<String, List<OutputFile>> map = new TreeMap<>();
        for (RenderedConfig c : side.configs()) {
            map.put(c.device(), c.files());
        }
        return map;
    }
}
