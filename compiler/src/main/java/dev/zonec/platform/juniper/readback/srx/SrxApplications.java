package dev.zonec.platform.juniper.readback.srx;

import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import dev.zonec.readback.LineParsing;
import dev.zonec.platform.juniper.readback.JunosNames;
import dev.zonec.platform.juniper.readback.JunosWords;
import dev.zonec.platform.juniper.readback.Unprovable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Applications and application sets: an application matches its top-level statements (when it has a protocol)
 * and each of its terms; a set matches its members, sets nesting. {@code any} and the predefined
 * {@code junos-*} applications whose definition is a plain protocol and port are known; any other predefined
 * application is not guessed.
 */
final class SrxApplications {

    /**
     * Predefined applications (the {@code junos-defaults} group) that match one protocol and destination port,
     * or ICMP, and nothing else: Juniper's predefined-application tables and the Junos security configuration guide.
     */
    private static final Map<String, List<AppTerm>> PREDEFINED = Map.ofEntries(
            Map.entry("any", List.of(AppTerm.any())),
            Map.entry("junos-http", List.of(AppTerm.ports(6, 80))),
            Map.entry("junos-https", List.of(AppTerm.ports(6, 443))),
            Map.entry("junos-ssh", List.of(AppTerm.ports(6, 22))),
            Map.entry("junos-telnet", List.of(AppTerm.ports(6, 23))),
            Map.entry("junos-smtp", List.of(AppTerm.ports(6, 25))),
            Map.entry("junos-bgp", List.of(AppTerm.ports(6, 179))),
            Map.entry("junos-dns-tcp", List.of(AppTerm.ports(6, 53))),
            Map.entry("junos-dns-udp", List.of(AppTerm.ports(17, 53))),
            Map.entry("junos-ntp", List.of(AppTerm.ports(17, 123))),
            Map.entry("junos-syslog", List.of(AppTerm.ports(17, 514))),
            Map.entry("junos-tcp-any", List.of(AppTerm.ports(6, PortRange.ALL))),
            Map.entry("junos-udp-any", List.of(AppTerm.ports(17, PortRange.ALL))),
            Map.entry("junos-icmp-all", List.of(AppTerm.icmp(1, OptionalInt.empty()))),
            Map.entry("junos-icmp-ping", List.of(AppTerm.icmp(1, OptionalInt.of(8)))),
            Map.entry("junos-icmp6-all", List.of(AppTerm.icmp(58, OptionalInt.empty()))));

    /** The statements of one term (or of the application's top level), by keyword, with the line of each. */
    private static final class Term {
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, LineParsing.Line> lines = new LinkedHashMap<>();
    }

    private record Member(String name, boolean set, LineParsing.Line line) {}

    private final Map<String, Map<String, Term>> applications = new LinkedHashMap<>();
    private final Map<String, List<Member>> sets = new LinkedHashMap<>();
    private final Unprovable unprovable;

    SrxApplications(Unprovable unprovable) {
        this.unprovable = unprovable;
    }

    /** One statement of an application (a term's or the top level's keyword and value), from its parse tree. */
    static SrxLeaf.Effect statement(SrxLineParser.ApplicationStatementContext a,
                                    SrxLineParser.ApplicationItemContext item) {
        String name = text(a.name);
        String term = a.term == null ? "" : text(a.term);
        List<String> words = JunosWords.of(item);
        // inactivity timeouts and ALGs do not change which packets open a session (ALG pinholes are related
        // connections, outside the read-back like conntrack helpers)
        boolean matters = !(item instanceof SrxLineParser.AppTimeoutContext || item instanceof SrxLineParser.AppAlgContext);
        String keyword = words.get(0);
        String value = words.get(1);
        return (config, line) -> config.applications.read(name, term, matters, keyword, value, line);
    }

    /** One statement of an application set: a member application or set, or a description. */
    static SrxLeaf.Effect setStatement(SrxLineParser.ApplicationSetStatementContext s) {
        String name = text(s.name);
        if (s.setMember() instanceof SrxLineParser.MemberApplicationContext m) {
            String member = text(m.name);
            return (config, line) -> config.applications.readSet(name, Optional.of(member), false, line);
        }
        if (s.setMember() instanceof SrxLineParser.MemberSetContext m) {
            String member = text(m.name);
            return (config, line) -> config.applications.readSet(name, Optional.of(member), true, line);
        }
        return (config, line) -> config.applications.readSet(name, Optional.empty(), false, line);
    }

    void read(String name, String term, boolean matters, String keyword, String value, LineParsing.Line line) {
        Term t = applications.computeIfAbsent(name, k -> new LinkedHashMap<>()).computeIfAbsent(term, k -> new Term());
        if (matters) {
            t.values.put(keyword, value);
            t.lines.put(keyword, line);
        }
    }

    void readSet(String name, Optional<String> member, boolean set, LineParsing.Line line) {
        List<Member> members = sets.computeIfAbsent(name, k -> new ArrayList<>());
        member.ifPresent(m -> members.add(new Member(m, set, line)));
    }

    /** The terms an application or application set name matches; empty when it cannot be known (reported). */
    Optional<List<AppTerm>> resolve(String name, LineParsing.Line line) {
        return resolve(name, line, new HashSet<>());
    }

    private Optional<List<AppTerm>> resolve(String name, LineParsing.Line line, Set<String> seen) {
        if (!seen.add(name)) {
            unprovable.at(line, "application set `" + name + "` contains itself");
            return Optional.empty();
        }
        try {
            if (sets.containsKey(name)) {
                List<AppTerm> terms = new ArrayList<>();
                for (Member m : sets.get(name)) {
                    Optional<List<AppTerm>> inner = resolve(m.name(), m.line(), seen);
                    if (inner.isEmpty()) {
                        return Optional.empty();
                    }
                    terms.addAll(inner.get());
                }
                return Optional.of(terms);
            }
            if (applications.containsKey(name)) {
                return application(name, applications.get(name), line);
            }
            if (PREDEFINED.containsKey(name)) {
                return Optional.of(PREDEFINED.get(name));
            }
            unprovable.at(line, name.startsWith("junos-")
                    ? "predefined application `" + name + "` is not one the read-back knows exactly"
                    : "application `" + name + "` is not defined");
            return Optional.empty();
        } finally {
            seen.remove(name);
        }
    }

    private Optional<List<AppTerm>> application(String name, Map<String, Term> terms, LineParsing.Line line) {
        List<AppTerm> result = new ArrayList<>();
        for (Map.Entry<String, Term> e : terms.entrySet()) {
            Term t = e.getValue();
            if (e.getKey().isEmpty() && !t.values.containsKey("protocol") && terms.size() > 1) {
                continue; // top-level statements without a protocol only qualify the terms (a timeout)
            }
            Optional<AppTerm> term = term(name, t, line);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            result.add(term.get());
        }
        return Optional.of(result);
    }

    private Optional<AppTerm> term(String app, Term t, LineParsing.Line use) {
        LineParsing.Line line = t.lines.values().stream().findFirst().orElse(use);
        if (!t.values.containsKey("protocol")) {
            unprovable.at(line, "application `" + app + "` has no protocol, so the commit fails");
            return Optional.empty();
        }
        OptionalInt protocol = JunosNames.protocol(t.values.get("protocol"));
        if (protocol.isEmpty()) {
            unprovable.at(t.lines.get("protocol"), "protocol `" + t.values.get("protocol") + "` is unknown");
            return Optional.empty();
        }
        int p = protocol.getAsInt();
        boolean ports = t.values.containsKey("destination-port") || t.values.containsKey("source-port");
        boolean icmp4 = t.values.containsKey("icmp-type") || t.values.containsKey("icmp-code");
        boolean icmp6 = t.values.containsKey("icmp6-type") || t.values.containsKey("icmp6-code");
        if (ports && p != 6 && p != 17 || icmp4 && p != 1 || icmp6 && p != 58) {
            unprovable.at(line, "application `" + app + "` names ports or ICMP types its protocol does not have");
            return Optional.empty();
        }
        Optional<List<PortRange>> destination = ports(t, "destination-port");
        Optional<List<PortRange>> source = ports(t, "source-port");
        IpFamily family = p == 58 ? IpFamily.V6 : IpFamily.V4;
        String prefix = p == 58 ? "icmp6-" : "icmp-";
        Optional<OptionalInt> type = icmp(t, prefix + "type", family, true);
        Optional<OptionalInt> code = icmp(t, prefix + "code", family, false);
        if (destination.isEmpty() || source.isEmpty() || type.isEmpty() || code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AppTerm(protocol, destination.get(), source.get(), type.get(), code.get()));
    }

    private Optional<List<PortRange>> ports(Term t, String keyword) {
        String text = t.values.get(keyword);
        if (text == null) {
            return Optional.of(List.of());
        }
        Optional<PortRange> range = JunosNames.ports(text);
        if (range.isEmpty()) {
            unprovable.at(t.lines.get(keyword), "`" + text + "` is not a port or port range");
            return Optional.empty();
        }
        return Optional.of(List.of(range.get()));
    }

    private Optional<OptionalInt> icmp(Term t, String keyword, IpFamily family, boolean type) {
        String text = t.values.get(keyword);
        if (text == null) {
            return Optional.of(OptionalInt.empty());
        }
        OptionalInt value = type ? JunosNames.icmpType(text, family) : JunosNames.icmpCode(text, family);
        if (value.isEmpty()) {
            unprovable.at(t.lines.get(keyword), "`" + text + "` is not an ICMP " + (type ? "type" : "code"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static String text(SrxLineParser.WordContext word) {
        return JunosWords.unquote(word.getText());
    }
}
