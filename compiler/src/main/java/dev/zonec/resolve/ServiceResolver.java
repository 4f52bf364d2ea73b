package dev.zonec.resolve;

import dev.zonec.model.ast.ServiceTerm;
import dev.zonec.model.ast.Statement.ServiceDecl;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.FunctionClass;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.ServiceTag;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.support.DidYouMean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves service references (user services, groups, the built-in catalogue, inline port specs and function
 * classes) to {@link ServiceUse}s. A user service that mixes plain terms and function classes becomes one use for
 * its plain terms plus one use per function class, because function classes are enforced differently.
 */
final class ServiceResolver {
    private final ServiceCatalogue catalogue;
    private final Diagnostics diagnostics;
    private final Map<String, ServiceDecl> declared = new LinkedHashMap<>();
    private final Map<String, Optional<List<ServiceUse>>> memo = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();
    /** Services whose definitions have syntax errors (reported by the parser): unresolved, but not unknown. */
    private final Set<String> broken;

    ServiceResolver(List<ServiceDecl> decls, ServiceCatalogue catalogue, Diagnostics diagnostics) {
        this(decls, catalogue, Set.of(), diagnostics);
    }

    ServiceResolver(List<ServiceDecl> decls, ServiceCatalogue catalogue, Set<String> broken, Diagnostics diagnostics) {
        this.catalogue = catalogue;
        this.diagnostics = diagnostics;
        this.broken = Set.copyOf(broken);
        for (ServiceDecl decl : decls) {
            String name = decl.name().text();
            if (catalogue.find(name).isPresent()) {
                diagnostics.report(Diagnostic.error(Code.ZC0204, "service `" + name + "` is already built in")
                        .at(decl.name().span())
                        .help("use the built-in `" + name + "` or give this service another name"));
                continue;
            }
            ServiceDecl first = declared.putIfAbsent(name, decl);
            if (first != null) {
                diagnostics.report(Diagnostic.error(Code.ZC0204, "service `" + name + "` is defined twice")
                        .at(decl.name().span()).label(first.name().span(), "first defined here"));
            }
        }
        // resolve every declaration once so that errors in unused services are reported too
        declared.keySet().forEach(this::named);
    }

    /** The services of an allow rule, in the order written; empty if any of them is in error. */
    Optional<List<ServiceUse>> uses(List<ServiceTerm> terms) {
        List<ServiceUse> result = new ArrayList<>();
        boolean ok = true;
        for (ServiceTerm term : terms) {
            Optional<List<ServiceUse>> uses = uses(term);
            if (uses.isEmpty()) {
                ok = false;
            } else {
                result.addAll(uses.get());
            }
        }
        return ok ? Optional.of(result) : Optional.empty();
    }

    /** A function class named in {@code accept port-level}. */
    Optional<FunctionClass> functionClass(ServiceTerm.Ref ref) {
        if (ref.functionClass().isEmpty()) {
            diagnostics.report(Diagnostic.error(Code.ZC0221, "`" + ref.display() + "` is not a function class")
                    .at(ref.span())
                    .help("port-level acceptance names a function class such as `modbus.read`"));
            return Optional.empty();
        }
        return functionClassOf(ref);
    }

    /** Every defined service, marked used when an allow rule reaches it, directly or through groups. */
    List<dev.zonec.model.site.ServiceDefinition> definitions(Set<String> usedByAllows) {
        Set<String> used = new java.util.HashSet<>();
        java.util.Deque<String> work = new java.util.ArrayDeque<>(usedByAllows);
        while (!work.isEmpty()) {
            String name = work.poll();
            ServiceDecl decl = declared.get(name);
            if (decl == null || !used.add(name)) {
                continue;
            }
            decl.terms().stream().filter(ServiceTerm.Ref.class::isInstance)
                    .map(t -> ((ServiceTerm.Ref) t).name().text()).forEach(work::add);
        }
        return declared.values().stream()
                .map(d -> new dev.zonec.model.site.ServiceDefinition(d.name().text(), used.contains(d.name().text()),
                        d.name().span()))
                .toList();
    }

    private Optional<List<ServiceUse>> uses(ServiceTerm term) {
        if (term instanceof ServiceTerm.Any any) {
            return Optional.of(List.of(
                    new ServiceUse("any", List.of(new Match.AnyIp()), Optional.empty(), Set.of(), any.span())));
        }
        if (term instanceof ServiceTerm.Inline inline) {
            return inline(inline).map(m -> List.of(
                    new ServiceUse(display(inline), List.of(m), Optional.empty(), Set.of(), inline.span())));
        }
        return ref((ServiceTerm.Ref) term);
    }

    private Optional<List<ServiceUse>> ref(ServiceTerm.Ref ref) {
        String name = ref.name().text();
        if (ref.functionClass().isPresent()) {
            Optional<FunctionClass> fc = functionClassOf(ref);
            if (fc.isEmpty()) {
                return Optional.empty();
            }
            ServiceCatalogue.Entry entry = catalogue.find(name).orElseThrow();
            return Optional.of(List.of(new ServiceUse(ref.display(), entry.matches(), fc, entry.tags(), ref.span())));
        }
        Optional<ServiceCatalogue.Entry> builtIn = catalogue.find(name);
        if (builtIn.isPresent()) {
            ServiceCatalogue.Entry e = builtIn.get();
            return Optional.of(List.of(new ServiceUse(name, e.matches(), Optional.empty(), e.tags(), ref.span())));
        }
        if (!declared.containsKey(name)) {
            unknown(ref);
            return Optional.empty();
        }
        // re-anchor the uses at this reference, so diagnostics about a rule point at the rule
        return named(name).map(uses -> uses.stream()
                .map(u -> new ServiceUse(u.name(), u.matches(), u.functionClass(), u.tags(), ref.span()))
                .toList());
    }

    /** A user service, resolved once; groups flatten, function-class members stay separate uses. */
    private Optional<List<ServiceUse>> named(String name) {
        if (memo.containsKey(name)) {
            return memo.get(name);
        }
        ServiceDecl decl = declared.get(name);
        if (!resolving.add(name)) {
            diagnostics.report(Diagnostic.error(Code.ZC0217, "service `" + name + "` contains itself")
                    .at(decl.name().span()).help("a service group may not refer back to itself, directly or through others"));
            memo.put(name, Optional.empty());
            return Optional.empty();
        }
        List<Match> plain = new ArrayList<>();
        Set<ServiceTag> tags = new TreeSet<>();
        List<ServiceUse> functionUses = new ArrayList<>();
        boolean ok = true;
        for (ServiceTerm term : decl.terms()) {
            Optional<List<ServiceUse>> uses = uses(term);
            if (uses.isEmpty()) {
                ok = false;
                continue;
            }
            for (ServiceUse u : uses.get()) {
                if (u.functionClass().isPresent()) {
                    functionUses.add(u);
                } else {
                    u.matches().stream().filter(m -> !plain.contains(m)).forEach(plain::add);
                    tags.addAll(u.tags());
                }
            }
        }
        resolving.remove(name);
        Optional<List<ServiceUse>> result = Optional.empty();
        if (ok) {
            List<ServiceUse> all = new ArrayList<>();
            if (!plain.isEmpty()) {
                all.add(new ServiceUse(name, plain, Optional.empty(), tags, decl.name().span()));
            }
            all.addAll(functionUses);
            result = Optional.of(all);
        }
        memo.put(name, result);
        return result;
    }

    private Optional<FunctionClass> functionClassOf(ServiceTerm.Ref ref) {
        String name = ref.name().text();
        String fc = ref.functionClass().orElseThrow().text();
        Optional<ServiceCatalogue.Entry> entry = catalogue.find(name);
        if (entry.isEmpty()) {
            if (declared.containsKey(name)) {
                diagnostics.report(Diagnostic.error(Code.ZC0221, "`" + name + "` has no function classes")
                        .at(ref.span()).help("function classes belong to built-in OT protocols such as `modbus.read`"));
            } else {
                unknown(ref);
            }
            return Optional.empty();
        }
        if (!entry.get().functionClasses().contains(fc)) {
            Diagnostic.Builder d = Diagnostic.error(Code.ZC0221, "`" + name + "` has no function class `" + fc + "`")
                    .at(ref.functionClass().get().span())
                    .helpIf(DidYouMean.help(fc, entry.get().functionClasses()));
            if (entry.get().functionClasses().isEmpty()) {
                d.help("`" + name + "` has no function classes; use `" + name + "` alone");
            } else {
                d.help("`" + name + "` has: " + String.join(", ", new TreeSet<>(entry.get().functionClasses())));
            }
            diagnostics.report(d);
            return Optional.empty();
        }
        return Optional.of(new FunctionClass(name, fc));
    }

    private void unknown(ServiceTerm.Ref ref) {
        if (broken.contains(ref.name().text())) {
            return;
        }
        Set<String> known = new TreeSet<>(catalogue.names());
        known.addAll(declared.keySet());
        diagnostics.report(Diagnostic.error(Code.ZC0203, "unknown service `" + ref.name().text() + "`")
                .at(ref.name().span())
                .helpIf(DidYouMean.help(ref.name().text(), known))
                .help("define it with `service " + ref.name().text() + " tcp/PORT`, or use a port spec such as `tcp/8080`"));
    }

    private Optional<Match> inline(ServiceTerm.Inline t) {
        Protocol protocol = switch (t.protocol()) {
            case "tcp" -> Protocol.TCP;
            case "udp" -> Protocol.UDP;
            case "icmp" -> Protocol.ICMP;
            default -> Protocol.ICMP6;
        };
        if (protocol == Protocol.TCP || protocol == Protocol.UDP) {
            if (t.code().isPresent()) {
                return bad(t, "`" + t.protocol() + "` takes a port or a port range, not a code",
                        "write " + t.protocol() + "/PORT or " + t.protocol() + "/FIRST-LAST");
            }
            if (t.first().isEmpty()) {
                return Optional.of(Match.L4.toPorts(protocol, PortRange.ALL));
            }
            int first = t.first().getAsInt();
            int last = t.last().orElse(first);
            if (first < 1 || last > 65535 || first > last) {
                return bad(t, "port range " + first + (first == last ? "" : "-" + last) + " is not within 1-65535 in order",
                        "ports run from 1 to 65535 and a range is written low-high");
            }
            return Optional.of(Match.L4.toPorts(protocol, new PortRange(first, last)));
        }
        if (t.last().isPresent()) {
            return bad(t, "`" + t.protocol() + "` takes a type and an optional code, not a range",
                    "write " + t.protocol() + "/TYPE or " + t.protocol() + "/TYPE/CODE");
        }
        if (t.first().isPresent() && t.first().getAsInt() > 255 || t.code().isPresent() && t.code().getAsInt() > 255) {
            return bad(t, "ICMP type and code run from 0 to 255", "for example icmp/8 (echo request) or icmp/3/4");
        }
        return Optional.of(new Match.Icmp(protocol, t.first(), t.code()));
    }

    private Optional<Match> bad(ServiceTerm.Inline t, String message, String help) {
        diagnostics.report(Diagnostic.error(Code.ZC0213, message).at(t.span()).help(help));
        return Optional.empty();
    }

    static String display(ServiceTerm.Inline t) {
        StringBuilder b = new StringBuilder(t.protocol());
        t.first().ifPresent(f -> b.append('/').append(f));
        t.last().ifPresent(l -> b.append('-').append(l));
        t.code().ifPresent(c -> b.append('/').append(c));
        return b.toString();
    }
}
