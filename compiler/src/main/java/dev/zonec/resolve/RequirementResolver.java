package dev.zonec.resolve;

import dev.zonec.model.ast.Ident;
import dev.zonec.model.ast.Statement;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Invariant;
import dev.zonec.model.site.Zone;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns {@code require} statements into invariants, one per (from, to) pair; a pair stated twice is kept once. */
final class RequirementResolver {
    private final ZoneLookup zones;
    private final Diagnostics diagnostics;
    private final List<Invariant> invariants = new ArrayList<>();
    private final Set<List<String>> seen = new HashSet<>();

    RequirementResolver(ZoneLookup zones, Diagnostics diagnostics) {
        this.zones = zones;
        this.diagnostics = diagnostics;
    }

    List<Invariant> resolve(List<Statement> statements) {
        for (Statement s : statements) {
            if (s instanceof Statement.NoPathRequirement r) {
                pairs(r.from(), r.to(), r, (a, b) -> add(List.of("no-path", a, b), new Invariant.NoPath(a, b, r.span())));
            } else if (s instanceof Statement.ViaRequirement r) {
                Optional<Zone> through = zones.find(r.through().text(), r.through().span());
                through.ifPresent(z -> pairs(r.from(), r.to(), r, (a, b) -> {
                    if (a.equals(z.name()) || b.equals(z.name())) {
                        diagnostics.report(Diagnostic.error(Code.ZC0220, "`require via " + z.name() + "` names `"
                                        + z.name() + "` as an end as well")
                                .at(r.span()).help("the zone passed through lies between the two ends"));
                    } else {
                        add(List.of("via", z.name(), a, b), new Invariant.Via(z.name(), a, b, r.span()));
                    }
                }));
            } else if (s instanceof Statement.IsolatedRequirement r) {
                Optional<Zone> zone = zones.find(r.zone().text(), r.zone().span());
                Optional<List<Zone>> except = zones.all(r.except());
                if (zone.isPresent() && except.isPresent()) {
                    List<String> names = except.get().stream().map(Zone::name).toList();
                    if (names.contains(zone.get().name())) {
                        diagnostics.report(Diagnostic.error(Code.ZC0220, "zone `" + zone.get().name()
                                + "` is isolated from itself").at(r.span()).help("list the zones it may talk to"));
                    } else {
                        add(List.of("isolated", zone.get().name()), new Invariant.Isolated(zone.get().name(), names, r.span()));
                    }
                }
            }
        }
        return invariants;
    }

    private void add(List<String> key, Invariant invariant) {
        if (seen.add(key)) {
            invariants.add(invariant);
        }
    }

    private void pairs(List<Ident> fromNames, List<Ident> toNames, Statement at, java.util.function.BiConsumer<String, String> each) {
        Optional<List<Zone>> from = zones.all(fromNames);
        Optional<List<Zone>> to = zones.all(toNames);
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        for (Zone a : from.get()) {
            for (Zone b : to.get()) {
                if (a.equals(b)) {
                    diagnostics.report(Diagnostic.error(Code.ZC0220, "a requirement from zone `" + a.name() + "` to itself")
                            .at(at.span()).help("traffic inside one zone crosses no device zonec configures"));
                } else {
                    each.accept(a.name(), b.name());
                }
            }
        }
    }
}
