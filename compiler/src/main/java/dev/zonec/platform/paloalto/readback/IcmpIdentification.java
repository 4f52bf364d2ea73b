package dev.zonec.platform.paloalto.readback;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.IpFamily;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which App-ID a new ICMP or ICMPv6 session gets, by type and code, so that a rule's application list can be reduced
 * to packets. PAN-OS gives a session one application:
 * <ul>
 *   <li>a custom application identified by ICMP type (and code) that matches the packet, defined anywhere in the
 *       file, used by a rule or not (Palo Alto's own recipe for allowing one ICMP type is such a custom application,
 *       which only works if it wins over the predefined ones);</li>
 *   <li>otherwise {@code ping} for an ICMP echo request (type 8);</li>
 *   <li>otherwise {@code icmp} (IPv4) or {@code ipv6-icmp} (IPv6).</li>
 * </ul>
 * Whether {@code ping} also identifies an ICMPv6 echo request (type 128) is not documented, so without a custom
 * application for it that packet may be either {@code ping} or {@code ipv6-icmp}. Where the identification is not
 * certain, a rule that lists some but not all of the candidates cannot be proven; one that lists all of them (or none)
 * can. Echo replies belong to the echo's session on a stateful firewall; as new packets they count as {@code icmp}.
 */
final class IcmpIdentification {

    /** A custom ICMP application: family, type and optional code. */
    record Custom(String name, boolean v6, int type, OptionalInt code) {}

    /** What a list of applications allows of ICMP, or which packet it cannot decide. */
    record Result(List<FilterMatch> matches, Optional<String> ambiguity) {}

    /** Per family: each set of candidate applications, and the (type, code) points that have exactly those. */
    private final Map<IpFamily, Map<Set<String>, BitSet>> classes = new HashMap<>();
    private final Map<Key, Result> cache = new HashMap<>();

    IcmpIdentification(List<Custom> customs) {
        for (IpFamily family : IpFamily.values()) {
            Map<Set<String>, BitSet> byCandidates = new LinkedHashMap<>();
            for (int type = 0; type < 256; type++) {
                if (!customised(customs, family, type)) {
                    // only a custom application tells codes apart: the type's 256 points share one class
                    byCandidates.computeIfAbsent(candidates(customs, family, type, 0), k -> new BitSet(65536))
                            .set(type * 256, type * 256 + 256);
                    continue;
                }
                for (int code = 0; code < 256; code++) {
                    Set<String> candidates = candidates(customs, family, type, code);
                    byCandidates.computeIfAbsent(candidates, k -> new BitSet(65536)).set(type * 256 + code);
                }
            }
            classes.put(family, byCandidates);
        }
    }

    /** The ICMP applications PAN-OS predefines (the rest of its catalogue is not reduced to packets). */
    static boolean predefined(String name) {
        return name.equals("icmp") || name.equals("ping") || name.equals("ipv6-icmp");
    }

    /**
     * The ICMP packets a rule listing {@code applications} (ICMP ones) matches, in the IP families its addresses
     * admit (an IPv4-only rule is not held to how ICMPv6 would be identified).
     */
    Result matches(Set<String> applications, Set<IpFamily> families) {
        return cache.computeIfAbsent(new Key(Set.copyOf(applications), Set.copyOf(families)), this::compute);
    }

    private record Key(Set<String> applications, Set<IpFamily> families) {}

    private Result compute(Key key) {
        Set<String> applications = key.applications();
        List<FilterMatch> matches = new ArrayList<>();
        for (IpFamily family : key.families()) {
            BitSet points = new BitSet(65536);
            for (Map.Entry<Set<String>, BitSet> c : classes.get(family).entrySet()) {
                boolean all = applications.containsAll(c.getKey());
                boolean some = c.getKey().stream().anyMatch(applications::contains);
                if (all) {
                    points.or(c.getValue());
                } else if (some) {
                    int point = c.getValue().nextSetBit(0);
                    return new Result(List.of(), Optional.of((family == IpFamily.V4 ? "ICMP" : "ICMPv6") + " type "
                            + point / 256 + " code " + point % 256 + " may be identified as any of "
                            + String.join(", ", new TreeSet<>(c.getKey())) + ", and the rule lists only some of them"));
                }
            }
            matches.addAll(compress(family, points));
        }
        return new Result(matches, Optional.empty());
    }

    private static List<FilterMatch> compress(IpFamily family, BitSet points) {
        FilterMatch icmp = FilterMatch.any().withFamily(family).withProtocols(List.of(family == IpFamily.V4 ? 1 : 58));
        if (points.cardinality() == 65536) {
            return List.of(icmp);
        }
        List<FilterMatch> matches = new ArrayList<>();
        for (int type = 0; type < 256; type++) {
            BitSet codes = points.get(type * 256, type * 256 + 256);
            if (codes.cardinality() == 256) {
                matches.add(icmp.withIcmp(OptionalInt.of(type), OptionalInt.empty()));
            } else {
                for (int code = codes.nextSetBit(0); code >= 0; code = codes.nextSetBit(code + 1)) {
                    matches.add(icmp.withIcmp(OptionalInt.of(type), OptionalInt.of(code)));
                }
            }
        }
        return matches;
    }

    private static boolean customised(List<Custom> customs, IpFamily family, int type) {
        return customs.stream().anyMatch(c -> c.v6() == (family == IpFamily.V6) && c.type() == type);
    }

    private static Set<String> candidates(List<Custom> customs, IpFamily family, int type, int code) {
        Set<String> names = new TreeSet<>();
        for (Custom c : customs) {
            if (c.v6() == (family == IpFamily.V6) && c.type() == type && (c.code().isEmpty() || c.code().getAsInt() == code)) {
                names.add(c.name());
            }
        }
        if (!names.isEmpty()) {
            return names;
        }
        if (family == IpFamily.V4) {
            return Set.of(type == 8 ? "ping" : "icmp");
        }
        return type == 128 ? Set.of("ping", "ipv6-icmp") : Set.of("ipv6-icmp");
    }
}
