package dev.zonec.resolve;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Asset;
import dev.zonec.model.site.AssetFamily;
import dev.zonec.model.site.Zone;
import dev.zonec.model.source.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one namespace of zones, assets and asset families: an allow rule names any of them, so no two may share a
 * name. Family members ({@code hmi1}) are assets here too.
 */
final class Namespace {

    sealed interface Definition {
        Span span();

        String kind();
    }

    record ZoneDef(Zone zone) implements Definition {
        public Span span() {
            return zone.span();
        }

        public String kind() {
            return "zone";
        }
    }

    record AssetDef(Asset asset) implements Definition {
        public Span span() {
            return asset.span();
        }

        public String kind() {
            return "asset";
        }
    }

    record FamilyDef(AssetFamily family) implements Definition {
        public Span span() {
            return family.span();
        }

        public String kind() {
            return "asset family";
        }
    }

    /**
     * A name whose definition was in error (already reported). Lookups find it, so that uses of the name do not
     * repeat the error as "unknown ...".
     */
    record BrokenDef(Span span) implements Definition {
        public String kind() {
            return "definition in error";
        }
    }

    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Diagnostics diagnostics;

    Namespace(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Declares a name; on a clash reports ZC0204 at {@code at} and keeps the first definition. */
    boolean declare(String name, Span at, Definition definition) {
        Definition first = definitions.putIfAbsent(name, definition);
        if (first == null) {
            return true;
        }
        diagnostics.report(Diagnostic.error(Code.ZC0204, "`" + name + "` is already defined as " + article(first.kind()))
                .at(at)
                .label(first.span(), "first defined here")
                .help("zones, assets and families share one namespace; rename one of them"));
        return false;
    }

    /** Records a name whose definition failed; a later clean definition of the same name still reports ZC0204. */
    void declareBroken(String name, Span at) {
        definitions.putIfAbsent(name, new BrokenDef(at));
    }

    boolean isBroken(String name) {
        return definitions.get(name) instanceof BrokenDef;
    }

    Optional<Definition> find(String name) {
        return Optional.ofNullable(definitions.get(name));
    }

    Set<String> names() {
        return definitions.keySet();
    }

    private static String article(String kind) {
        return (kind.startsWith("a") ? "an " : "a ") + kind;
    }
}
