package dev.zonec.resolve;

import dev.zonec.model.ast.Ident;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Zone;
import dev.zonec.model.source.Span;
import dev.zonec.support.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds zones by name, with ZC0201 and a did-you-mean when a name is unknown. */
final class ZoneLookup {
    private final Map<String, Zone> zones = new LinkedHashMap<>();
    private final Namespace namespace;
    private final Diagnostics diagnostics;

    ZoneLookup(List<Zone> zones, Namespace namespace, Diagnostics diagnostics) {
        zones.forEach(z -> this.zones.put(z.name(), z));
        this.namespace = namespace;
        this.diagnostics = diagnostics;
    }

    /** The zone; empty (reported as ZC0201, unless its own definition already failed) when there is none. */
    Optional<Zone> find(String name, Span at) {
        Zone zone = zones.get(name);
        if (zone == null && !namespace.isBroken(name)) {
            diagnostics.report(Diagnostic.error(Code.ZC0201, "unknown zone `" + name + "`")
                    .at(at).helpIf(DidYouMean.help(name, zones.keySet())));
        }
        return Optional.ofNullable(zone);
    }

    /** All the named zones, or empty if any is unknown (each unknown one is reported). */
    Optional<List<Zone>> all(List<Ident> names) {
        List<Zone> result = new ArrayList<>();
        boolean ok = true;
        for (Ident name : names) {
            Optional<Zone> zone = find(name.text(), name.span());
            zone.ifPresent(result::add);
            ok &= zone.isPresent();
        }
        return ok ? Optional.of(result) : Optional.empty();
    }
}
