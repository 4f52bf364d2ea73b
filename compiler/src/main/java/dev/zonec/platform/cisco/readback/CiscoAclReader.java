package dev.zonec.platform.cisco.readback;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.LineParsing;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of reading a Cisco-family config (IOS, NX-OS, EOS) that does not depend on the platform's syntax: it
 * keeps the CLI mode between lines (an ACL, an object group, an interface), holds the ACLs, groups and interface
 * bindings, and builds the packet filter. Each ACL bound to an interface is one stage: inbound ACLs match packets
 * entering that interface, outbound ones packets leaving it. An interface's IPv4 and IPv6 ACLs of one direction
 * share a stage (their rules never match the same packet); a version without an ACL passes unfiltered, and so does
 * an interface without any. What no entry matches is denied (the implicit deny). ACLs are stateless.
 *
 * <p>Tolerance: a line the platform grammar rejects is a ZC0802 warning. It also makes the device unprovable
 * (ZC0803) when it sits inside an ACL or object group (an entry the read-back cannot see could permit or deny
 * anything), or when it looks like a filter binding or definition anywhere else.
 */
public final class CiscoAclReader {
    /** A line that binds or defines packet filters, wherever it is. */
    private static final Pattern FILTER_LIKE = Pattern.compile(
            "(^|\\s)(access-group|traffic-filter|access-list|access-map)(\\s|$)|^\\s*vlan\\s+filter(\\s|$)",
            Pattern.CASE_INSENSITIVE);
    /** An unindented line of this shape still belongs to the ACL or group above it (as the CLI takes it). */
    private static final Pattern BLOCK_LINE = Pattern.compile(
            "^\\s*(sequence\\s+)?(\\d+\\s+)?(permit|deny|remark|evaluate|dynamic|host|range|any|group-object)(\\s|$)"
                    + "|^\\s*(\\d+\\s+)?\\d+\\.\\d+\\.\\d+\\.\\d+|^\\s*(\\d+\\s+)?[0-9a-f]*:[0-9a-f:]*(/|\\s|$)|^\\s*no\\s+\\d",
            Pattern.CASE_INSENSITIVE);

    /** The platform's part: parse one line with its grammar and say what it means (ZC0802 when it cannot). */
    @FunctionalInterface
    public interface LineReader {
        Optional<Statement> read(LineParsing.Line line);
    }

    private enum Mode {
        GLOBAL,
        ACL,
        GROUP,
        INTERFACE,
        OTHER
    }

    private record AclKey(IpFamily family, String name) {}

    private record BindingRef(String acl, LineParsing.Line line) {}

    /** An interface's bindings, by direction and IP version, and the first line that named it. */
    private static final class Interface {
        final LineParsing.Line header;
        final Map<Statement.Direction, Map<IpFamily, BindingRef>> bindings = new EnumMap<>(Statement.Direction.class);

        Interface(LineParsing.Line header) {
            this.header = header;
        }
    }

    private final String device;
    private final Dialect dialect;
    private final Diagnostics diagnostics;
    private final Map<AclKey, Acl> acls = new HashMap<>();
    private final NetworkGroups groups = new NetworkGroups();
    private final Map<String, Interface> interfaces = new LinkedHashMap<>();
    private final Map<AclKey, Optional<List<FilterRule>>> compiled = new HashMap<>();
    private final EntryCompiler compiler;

    private Mode mode = Mode.GLOBAL;
    private Acl acl;
    private IpFamily groupFamily;
    private String group;
    private Optional<String> iface = Optional.empty();

    public CiscoAclReader(String device, Dialect dialect, Diagnostics diagnostics) {
        this.device = device;
        this.dialect = dialect;
        this.diagnostics = diagnostics;
        this.compiler = new EntryCompiler(dialect, groups, this::unprovable);
    }

    public PacketFilter read(List<SourceFile> files, LineReader reader) {
        for (SourceFile file : files) {
            mode = Mode.GLOBAL;
            String[] lines = file.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                line(new LineParsing.Line(file, i + 1, lines[i]), reader);
            }
        }
        return new PacketFilter(device, false, stages());
    }

    private void line(LineParsing.Line line, LineReader reader) {
        String text = line.text().replace("\r", "");
        String stripped = text.strip();
        if (stripped.isEmpty() || stripped.startsWith("!")) {
            return;
        }
        boolean indented = Character.isWhitespace(text.charAt(0));
        Optional<Statement> statement = reader.read(line);
        if (statement.isEmpty()) {
            notUnderstood(line, stripped, indented);
        } else {
            apply(statement.get(), line);
        }
    }

    /** The grammar rejected the line (already a ZC0802 warning): does it break the proof, and which mode follows? */
    private void notUnderstood(LineParsing.Line line, String stripped, boolean indented) {
        if ((mode == Mode.ACL || mode == Mode.GROUP) && (indented || BLOCK_LINE.matcher(stripped).find())) {
            unprovable(line, "a line inside " + (mode == Mode.ACL ? "ACL `" + acl.name + "`" : "object group `" + group + "`")
                    + " was not understood");
            return;
        }
        if (mode == Mode.OTHER && indented) {
            return;
        }
        if (mode == Mode.INTERFACE && indented) {
            if (FILTER_LIKE.matcher(stripped).find()) {
                unprovable(line, "a filter on interface `" + iface.orElse("?") + "` was not understood");
            }
            return;
        }
        mode = Mode.GLOBAL;
        if (FILTER_LIKE.matcher(stripped).find()) {
            unprovable(line, "a line about access lists or filters was not understood");
        }
    }

    private void apply(Statement s, LineParsing.Line line) {
        if (s instanceof Statement.AclHeader h) {
            acl = aclFor(h.family(), h.name(), h.standard(), line);
            mode = Mode.ACL;
        } else if (s instanceof Statement.AclDelete d) {
            acls.remove(new AclKey(d.family(), d.name()));
            mode = Mode.GLOBAL;
        } else if (s instanceof Statement.NumberedLine n) {
            mode = Mode.GLOBAL;
            Acl numbered = aclFor(IpFamily.V4, n.name(), n.standard(), line);
            n.entry().ifPresent(e -> add(numbered, OptionalLong.empty(), e, line));
        } else if (s instanceof Statement.NumberedDelete d) {
            acls.remove(new AclKey(IpFamily.V4, d.name()));
            mode = Mode.GLOBAL;
        } else if (s instanceof Statement.GroupHeader g) {
            groups.define(g.family(), g.name());
            groupFamily = g.family();
            group = g.name();
            mode = Mode.GROUP;
        } else if (s instanceof Statement.GroupDelete g) {
            groups.delete(g.family(), g.name());
            mode = Mode.GLOBAL;
        } else if (s instanceof Statement.Entry e) {
            if (mode == Mode.ACL) {
                add(acl, e.sequence(), e.entry(), line);
            } else {
                outOfPlace(line, "an ACL entry outside any ACL");
            }
        } else if (s instanceof Statement.Remark r) {
            if (mode == Mode.ACL && !acl.remark(r.sequence())) {
                unprovable(line, "sequence number " + r.sequence().getAsLong() + " is already used in ACL `" + acl.name
                        + "`: the device refuses this line");
            }
        } else if (s instanceof Statement.EntryDelete d) {
            if (mode == Mode.ACL) {
                acl.delete(d.sequence());
            } else {
                outOfPlace(line, "an entry removal outside any ACL");
            }
        } else if (s instanceof Statement.Member m) {
            if (mode == Mode.GROUP) {
                groups.add(groupFamily, group, m.operand(), line);
            } else {
                outOfPlace(line, "an object-group entry outside any object group");
            }
        } else if (s instanceof Statement.InterfaceHeader h) {
            iface = h.name();
            h.name().ifPresent(n -> interfaces.computeIfAbsent(n, k -> new Interface(line)));
            mode = Mode.INTERFACE;
        } else if (s instanceof Statement.Binding b) {
            bind(b, line);
        } else if (s instanceof Statement.OtherBlock) {
            mode = Mode.OTHER;
        } else if (s instanceof Statement.Unsupported u) {
            unprovable(line, u.why());
        } else if (s instanceof Statement.Exit) {
            mode = Mode.GLOBAL;
        }
        // Benign: nothing to do
    }

    private Acl aclFor(IpFamily family, String name, boolean standard, LineParsing.Line line) {
        Acl existing = acls.computeIfAbsent(new AclKey(family, name), k -> new Acl(family, name, standard, line));
        if (existing.standard != standard) {
            unprovable(line, "ACL `" + name + "` is defined both as a standard and as an extended ACL");
        }
        return existing;
    }

    private void add(Acl target, OptionalLong sequence, AclEntry entry, LineParsing.Line line) {
        if (entry.isStandard() != target.standard) {
            unprovable(line, (entry.isStandard() ? "a standard entry in extended ACL `" : "an extended entry in standard ACL `")
                    + target.name + "`");
            return;
        }
        if (!target.add(sequence, entry)) {
            unprovable(line, "sequence number " + sequence.getAsLong() + " is already used in ACL `" + target.name
                    + "`: the device refuses this entry");
        }
    }

    private void bind(Statement.Binding b, LineParsing.Line line) {
        if (mode == Mode.OTHER) {
            return; // traffic to the device itself (control plane, management, vty lines): not forwarded traffic
        }
        if (mode != Mode.INTERFACE) {
            outOfPlace(line, "an ACL binding outside any interface");
            return;
        }
        if (iface.isEmpty()) {
            unprovable(line, "an ACL is bound to several interfaces or a range at once, which the read-back does not "
                    + "expand");
            return;
        }
        Map<IpFamily, BindingRef> byFamily = interfaces.get(iface.get()).bindings
                .computeIfAbsent(b.direction(), d -> new EnumMap<>(IpFamily.class));
        if (b.remove()) {
            BindingRef current = byFamily.get(b.family());
            if (current != null && b.acl().isPresent() && !b.acl().get().equals(current.acl())) {
                // whether the device then unbinds the ACL it has is not documented either way: not guessed
                unprovable(line, "the `no` form names ACL `" + b.acl().get() + "`, but `" + current.acl()
                        + "` is bound there");
            }
            byFamily.remove(b.family());
        } else {
            // one ACL per interface, direction and IP version: a later binding replaces the earlier one
            byFamily.put(b.family(), new BindingRef(b.acl().orElseThrow(), line));
        }
    }

    private void outOfPlace(LineParsing.Line line, String what) {
        LineParsing.unknown(line, what + ", not understood", diagnostics);
        unprovable(line, what + " cannot be placed");
    }

    private void unprovable(LineParsing.Line line, String why) {
        LineParsing.unprovable(device, line, why, diagnostics);
    }

    private List<FilterStage> stages() {
        List<FilterStage> stages = new ArrayList<>();
        for (Map.Entry<String, Interface> e : interfaces.entrySet()) {
            for (Statement.Direction direction : Statement.Direction.values()) {
                Map<IpFamily, BindingRef> bound = e.getValue().bindings.getOrDefault(direction, Map.of());
                if (bound.isEmpty()) {
                    continue;
                }
                List<FilterRule> rules = new ArrayList<>();
                for (IpFamily family : IpFamily.values()) {
                    BindingRef ref = bound.get(family);
                    if (ref == null) {
                        rules.add(rule(FilterMatch.any().withFamily(family), FilterRule.Action.PERMIT, e.getValue().header));
                    } else {
                        rules.addAll(compiled(family, ref).orElse(List.of()));
                    }
                }
                boolean in = direction == Statement.Direction.IN;
                String name = e.getKey();
                stages.add(new FilterStage("interface " + name + (in ? " in" : " out"), in ? Set.of(name) : Set.of(),
                        in ? Set.of() : Set.of(name), rules, FilterRule.Action.DENY));
            }
        }
        return stages;
    }

    /** The rules of a bound ACL, implicit ones included; empty when it cannot be read back (reported once). */
    private Optional<List<FilterRule>> compiled(IpFamily family, BindingRef ref) {
        AclKey key = new AclKey(family, ref.acl());
        if (compiled.containsKey(key)) {
            return compiled.get(key);
        }
        Acl bound = acls.get(key);
        Optional<List<FilterRule>> result;
        if (bound == null) {
            unprovable(ref.line(), (family == IpFamily.V4 ? "IPv4" : "IPv6") + " ACL `" + ref.acl() + "` is not defined: "
                    + "what " + dialect.platform() + " does with a binding to a missing ACL is not read back");
            result = Optional.empty();
        } else if (bound.entries().isEmpty()) {
            unprovable(ref.line(), "ACL `" + ref.acl() + "` has no entries: whether an empty ACL denies or permits "
                    + "everything on " + dialect.platform() + " is not read back");
            result = Optional.empty();
        } else {
            List<FilterRule> rules = new ArrayList<>();
            for (AclEntry entry : bound.entries()) {
                // empty: the entry matches no packet, or it cannot be read back (reported: the device is unprovable)
                compiler.compile(entry, family).ifPresent(m -> rules.add(rule(m, entry.action(), entry.line())));
            }
            if (family == IpFamily.V6) {
                for (IcmpType t : dialect.implicitIpv6Permits()) {
                    rules.add(rule(FilterMatch.any().withFamily(IpFamily.V6).withProtocols(List.of(CiscoNames.ICMPV6))
                            .withIcmp(OptionalInt.of(t.type()), t.code()), FilterRule.Action.PERMIT, bound.header));
                }
            }
            result = Optional.of(rules);
        }
        compiled.put(key, result);
        return result;
    }

    private static FilterRule rule(FilterMatch match, FilterRule.Action action, LineParsing.Line line) {
        return new FilterRule(Set.of(), Set.of(), match, action, line.file().displayPath(), line.number());
    }
}
