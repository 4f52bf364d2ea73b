package dev.zonec.platform.paloalto.render;

import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * ICMP is not a PAN-OS service: a rule allows it by App-ID. The predefined applications are {@code icmp} and
 * {@code ipv6-icmp} (every type the firewall does not identify as something more specific) and {@code ping}
 * (echo). A type, or a type and code, other than a plain echo request becomes a custom application identified by
 * that type ({@code default ident-by-icmp-type type T code C}, or {@code ident-by-icmp6-type}).
 *
 * <p>The firewall gives a session one App-ID: an echo is {@code ping}, a type with a custom application is that
 * application. So an "every ICMP type" rule lists {@code ping} and every custom ICMP application of its IP version
 * in this file too; otherwise an echo, or a type zonec named in another rule, would fall out of it. For the same
 * reason a rule for one type and every code (an echo, or {@code icmp/3}) lists the custom applications this file
 * defines for single codes of that type ({@code zc-icmp-8-0} for another rule's {@code icmp/8/0}): the firewall
 * identifies those packets as the custom application, not as {@code ping} or {@code zc-icmp-3}. A rule carries
 * addresses of one IP version only, so {@code ping} in an IPv6 rule can match nothing but ICMPv6 echo, which that
 * rule allows anyway.
 */
final class IcmpApplications {

    /** A custom application for one ICMP or ICMPv6 type (and code). */
    record Custom(String name, boolean v6, int type, OptionalInt code) {
        /** The {@code default} identification, e.g. {@code ident-by-icmp-type type 3 code 4}. */
        String ident() {
            return (v6 ? "ident-by-icmp6-type" : "ident-by-icmp-type") + " type " + type
                    + (code.isPresent() ? " code " + code.getAsInt() : "");
        }

        /** The risk PAN-OS gives its own icmp (4) and ipv6-icmp (2) applications. */
        int risk() {
            return v6 ? 2 : 4;
        }

        String description() {
            return "zonec: " + (v6 ? "ICMPv6" : "ICMP") + " type " + type
                    + (code.isPresent() ? " code " + code.getAsInt() : "");
        }
    }

    static final String ECHO_V4 = "ping";

    private final TreeMap<String, Custom> customs = new TreeMap<>();

    /** First pass: every typed ICMP match of the device, so that "every type" rules can name them all. */
    void define(Collection<Match.Icmp> matches) {
        for (Match.Icmp icmp : matches) {
            custom(icmp).ifPresent(c -> customs.putIfAbsent(c.name(), c));
        }
    }

    /** The applications that allow exactly these ICMP matches of one IP version, in a stable order. */
    List<String> applications(IpFamily family, Collection<Match.Icmp> matches) {
        List<String> apps = new ArrayList<>();
        for (Match.Icmp icmp : matches) {
            if (icmp.type().isEmpty()) {
                add(apps, family == IpFamily.V4 ? "icmp" : "ipv6-icmp");
                add(apps, ECHO_V4);
                customs.values().stream().filter(c -> c.v6() == (family == IpFamily.V6)).forEach(c -> add(apps, c.name()));
            } else if (isEcho(icmp)) {
                add(apps, ECHO_V4);
                singleCodes(icmp).forEach(c -> add(apps, c.name()));
            } else {
                Custom custom = custom(icmp).orElseThrow();
                if (custom.v6() && custom.type() == 128 && custom.code().isEmpty()) {
                    // ICMPv6 echo: whether the firewall calls it ping or by the custom type, the rule allows it
                    add(apps, ECHO_V4);
                }
                add(apps, custom.name());
                if (custom.code().isEmpty()) {
                    singleCodes(icmp).forEach(c -> add(apps, c.name()));
                }
            }
        }
        return apps;
    }

    List<Custom> customs() {
        return List.copyOf(customs.values());
    }

    /** The custom applications of this file for one code of the match's type (they claim that code's packets). */
    private List<Custom> singleCodes(Match.Icmp icmp) {
        boolean v6 = icmp.protocol() == Protocol.ICMP6;
        return customs.values().stream()
                .filter(c -> c.v6() == v6 && c.type() == icmp.type().getAsInt() && c.code().isPresent()).toList();
    }

    private static boolean isEcho(Match.Icmp icmp) {
        return icmp.protocol() == Protocol.ICMP && icmp.type().getAsInt() == 8 && icmp.code().isEmpty();
    }

    private static java.util.Optional<Custom> custom(Match.Icmp icmp) {
        if (icmp.type().isEmpty() || isEcho(icmp)) {
            return java.util.Optional.empty();
        }
        boolean v6 = icmp.protocol() == Protocol.ICMP6;
        String name = PanosNames.PREFIX + (v6 ? "icmp6-" : "icmp-") + icmp.type().getAsInt()
                + (icmp.code().isPresent() ? "-" + icmp.code().getAsInt() : "");
        return java.util.Optional.of(new Custom(name, v6, icmp.type().getAsInt(), icmp.code()));
    }

    private static void add(List<String> apps, String app) {
        if (!apps.contains(app)) {
            apps.add(app);
        }
    }
}
