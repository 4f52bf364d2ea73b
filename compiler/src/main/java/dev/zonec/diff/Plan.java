package dev.zonec.diff;

import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.source.Span;
import dev.zonec.packet.Packet;
import java.util.List;
import java.util.Optional;

/**
 * What a change of the policy does, as {@code terraform plan} says what an apply would: reachability gained and lost
 * between zones, requirements and findings whose status changed, and per device the rules and config lines that
 * change. Everything is sorted, so a plan is the same bytes for the same two sides.
 */
public record Plan(Side before, Side after, List<Reach> added, List<Reach> removed, List<StatusChange> requirements,
                   List<FindingChange> findings, List<DeviceChange> devices, List<String> notes) {

    public Plan {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        requirements = List.copyOf(requirements);
        findings = List.copyOf(findings);
        devices = List.copyOf(devices);
        notes = List.copyOf(notes);
    }

    /** Whether some new connection is possible after the change that was not before. */
    public boolean widened() {
        return !added.isEmpty();
    }

    /**
     * New connections from hosts of {@code from} to hosts of {@code to} for one service that became possible (or
     * impossible), with an example packet and the allow rules (policy lines) of the side that permits them.
     *
     * @param service the service of the allow rule that lets them in on the last device, as the policy names it
     * @param replies the packets are the replies a stateless device lets back for that service, not its requests
     */
    public record Reach(String from, String to, String service, boolean replies, Packet example, List<Span> policy,
                        List<String> devices) {
        public Reach {
            policy = List.copyOf(policy);
            devices = List.copyOf(devices);
        }
    }

    /** The status of a requirement on one side. */
    public enum Status {
        ABSENT, HOLDS, WAIVED, VIOLATED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A requirement whose status changed; {@code span} is where it is written (the new side's place when it has one),
     * {@code witness} how it is violated now (empty when it holds), each link with an example packet.
     */
    public record StatusChange(String requirement, Status before, Status after, Span span, Optional<String> witness,
                               List<Span> policy) {
        public StatusChange {
            policy = List.copyOf(policy);
        }

        /** newly violated, newly waived, fixed, added or removed. */
        public String change() {
            if (before == Status.ABSENT) {
                return "added";
            }
            if (after == Status.ABSENT) {
                return "removed";
            }
            if (after == Status.VIOLATED) {
                return "newly violated";
            }
            if (after == Status.WAIVED) {
                return "newly waived";
            }
            return before == Status.WAIVED ? "no longer needs its waiver" : "fixed";
        }
    }

    /** A finding (any diagnostic but a requirement's) reported on one side only, or waived on one side only. */
    public record FindingChange(String change, Diagnostic diagnostic) {}

    /** How a device changes. */
    public enum DeviceStatus { ADDED, REMOVED, CHANGED, UNCHANGED }

    public record DeviceChange(String device, String platform, DeviceStatus status, List<RuleChange> rules,
                               List<FileChange> files) {
        public DeviceChange {
            rules = List.copyOf(rules);
            files = List.copyOf(files);
        }

        public long count(RuleChange.Kind kind) {
            return rules.stream().filter(r -> r.kind() == kind).count();
        }
    }

    /** A rule of a device's IR that appears, disappears, or keeps its meaning with other addresses or ports. */
    public record RuleChange(Kind kind, Optional<IrRule> before, Optional<IrRule> after) {
        public enum Kind { ADDED, REMOVED, CHANGED }

        public IrRule rule() {
            return after.or(() -> before).orElseThrow();
        }
    }

    /** The unified diff of one generated file, hunk by hunk. */
    public record FileChange(String file, List<Hunk> hunks) {
        public FileChange {
            hunks = List.copyOf(hunks);
        }
    }

    /**
     * One hunk: its header ({@code @@ -a,b +c,d @@}), its lines with their {@code ' '}, {@code -} or {@code +} mark,
     * the policy lines its changed lines were written for, and the scaffolding (header, default deny, ...) its changed
     * lines are when they serve no rule.
     */
    public record Hunk(String header, List<String> lines, List<Span> policy, List<String> parts) {
        public Hunk {
            lines = List.copyOf(lines);
            policy = List.copyOf(policy);
            parts = List.copyOf(parts);
        }
    }
}
