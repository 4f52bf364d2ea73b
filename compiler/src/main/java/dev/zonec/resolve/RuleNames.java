package dev.zonec.resolve;

import dev.zonec.model.ast.ConduitItem;
import dev.zonec.model.ast.EndpointRef;
import dev.zonec.model.ast.Ident;
import dev.zonec.model.ast.ServiceTerm;
import dev.zonec.support.Sha256;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The name of an allow rule within its conduit: the one it is given ({@code as hmi-polling}), or one derived from
 * what it allows, never from where it stands. A derived name is {@code r} and the first 7 hex digits of the SHA-256
 * of the rule's content — sources, destinations and services as written, each list sorted, so that reordering a list
 * keeps the name — without {@code log} (logging a rule keeps its hit counters) and without its line. Two rules of one
 * conduit with the same name are refused (ZC0234), so a name found in a device config leads to one rule.
 */
final class RuleNames {
    static final int HASH_DIGITS = 7;

    private RuleNames() {}

    static String of(ConduitItem.Allow allow) {
        return allow.name().map(Ident::text).orElseGet(() -> derived(allow));
    }

    static String derived(ConduitItem.Allow allow) {
        return "r" + Sha256.hex(content(allow)).substring(0, HASH_DIGITS);
    }

    /** {@code ews,hmi[*]->plc[1..3]:modbus,s7}: what the rule allows, in one canonical line. */
    static String content(ConduitItem.Allow allow) {
        return endpoints(allow.sources()) + "->" + endpoints(allow.destinations()) + ":" + services(allow.services());
    }

    private static String endpoints(List<EndpointRef> refs) {
        return refs.stream().map(RuleNames::endpoint).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
    }

    private static String endpoint(EndpointRef ref) {
        if (ref instanceof EndpointRef.Device d) {
            return "device " + d.name().text();
        }
        if (!(ref instanceof EndpointRef.Named n)) {
            return "any";
        }
        EndpointRef.Selector s = n.selector();
        if (s instanceof EndpointRef.Selector.All) {
            return n.name().text() + "[*]";
        }
        if (s instanceof EndpointRef.Selector.One one) {
            return n.name().text() + "[" + one.index() + "]";
        }
        if (s instanceof EndpointRef.Selector.Range r) {
            return n.name().text() + "[" + r.first() + ".." + r.last() + "]";
        }
        return n.name().text();
    }

    private static String services(List<ServiceTerm> terms) {
        return terms.stream().map(RuleNames::service).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
    }

    private static String service(ServiceTerm term) {
        if (term instanceof ServiceTerm.Ref ref) {
            return ref.display();
        }
        if (term instanceof ServiceTerm.Inline inline) {
            StringBuilder b = new StringBuilder(inline.protocol());
            inline.first().ifPresent(f -> b.append('/').append(f));
            inline.last().ifPresent(l -> b.append('-').append(l));
            inline.code().ifPresent(c -> b.append('/').append(c));
            return b.toString();
        }
        return "any";
    }
}
