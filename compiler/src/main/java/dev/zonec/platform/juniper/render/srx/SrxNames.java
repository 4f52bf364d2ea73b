package dev.zonec.platform.juniper.render.srx;

import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.source.Span;
import dev.zonec.render.firewall.AddressBook;
import dev.zonec.render.firewall.ServiceBook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How zonec names Junos objects, and a record of which policy object each name stands for. Junos keeps addresses
 * and address-sets of one address book in one namespace, and applications and application-sets in another; two
 * different policy objects given the same name would silently share one definition, so every clash is kept and
 * reported (ZC0504) before anything is rendered.
 *
 * <p>Every name starts with {@value #PREFIX}: the file touches only objects of such names, so an address or
 * application the operator made by hand (and NAT rules or policies that reference it) is never deleted or changed.
 *
 * <ul>
 *   <li>an address is {@code zc-} and the endpoint's name ({@code zc-ews}); the IPv6 address of an endpoint that also
 *       has IPv4 addresses gets {@code _v6} ({@code zc-control_v6}); an endpoint of several blocks is an address-set
 *       of that name with members {@code zc-NAME_1}, {@code zc-NAME_2}, ...</li>
 *   <li>an application is named from what it matches ({@code zc-tcp-502}, {@code zc-udp-30000-30100},
 *       {@code zc-tcp-502-sport-1024-65535}, {@code zc-icmp-8}, {@code zc-icmp-3-4}, {@code zc-icmp-any},
 *       {@code zc-icmp6-128}); a service of several matches is an application-set named after the service
 *       ({@code zc-plc-control}; with its ICMP terms of one IP version, {@code zc-mgmt-icmp} or
 *       {@code zc-mgmt-icmp6})</li>
 * </ul>
 */
final class SrxNames {
    /** What every name zonec writes on an SRX starts with. */
    static final String PREFIX = "zc-";

    /** Two different policy objects that would get the same Junos name. */
    record Clash(String name, String what, String first, String second, Span origin) {}

    private record Owner(String description, Span origin) {}

    private final Map<String, Owner> addresses = new LinkedHashMap<>();
    private final Map<String, Owner> applications = new LinkedHashMap<>();
    private final List<Clash> clashes = new ArrayList<>();

    final AddressBook.Naming addressNaming = new AddressBook.Naming() {
        @Override
        public String object(Endpoint endpoint, IpFamily family) {
            return claimAddress(base(endpoint, family), endpoint, family, "");
        }

        @Override
        public String group(Endpoint endpoint, IpFamily family) {
            return claimAddress(base(endpoint, family), endpoint, family, "");
        }

        @Override
        public String member(Endpoint endpoint, IpFamily family, int index) {
            return claimAddress(base(endpoint, family) + "_" + index, endpoint, family, " (block " + index + ")");
        }
    };

    final ServiceBook.Naming serviceNaming = new ServiceBook.Naming() {
        @Override
        public String object(Match match) {
            String name = application(match);
            // the name is made from the match alone, so only another object of another kind can claim it
            return claim(applications, name, "application", "the application for " + name, null);
        }

        @Override
        public String group(ServiceUse use, String variant) {
            String name = PREFIX + use.name().replace('.', '-').replace('/', '-') + (variant.isEmpty() ? "" : "-" + variant);
            return claim(applications, name, "application-set",
                    "the application-set for service `" + use.name() + "`" + (variant.isEmpty() ? "" : " (" + variant + ")"),
                    use.span());
        }
    };

    List<Clash> clashes() {
        return List.copyOf(clashes);
    }

    private static String base(Endpoint endpoint, IpFamily family) {
        boolean both = endpoint.hasFamily(IpFamily.V4) && endpoint.hasFamily(IpFamily.V6);
        // a device's own addresses differ by the zone they face
        String name = endpoint.subject('_');
        return PREFIX + (family == IpFamily.V6 && both ? name + "_v6" : name);
    }

    private String claimAddress(String name, Endpoint endpoint, IpFamily family, String part) {
        return claim(addresses, name, "address", "the " + (family == IpFamily.V6 ? "IPv6" : "IPv4") + " address of `"
                + endpoint.name() + "`" + (endpoint.kind() == Endpoint.Kind.DEVICE ? " in `" + endpoint.zone() + "`" : "")
                + part, endpoint.span());
    }

    /** Records {@code name} as standing for {@code owner}; a different owner already holding it is a clash. */
    private String claim(Map<String, Owner> names, String name, String what, String owner, Span origin) {
        Owner previous = names.putIfAbsent(name, new Owner(owner, origin));
        if (previous != null && !previous.description().equals(owner)) {
            Span at = origin != null ? origin : previous.origin();
            clashes.add(new Clash(name, what, previous.description(), owner, at));
        }
        return name;
    }

    /** The application name for one match, made only from protocol numbers and ports. */
    static String application(Match match) {
        if (match instanceof Match.L4 l4) {
            String name = PREFIX + (l4.protocol() == Protocol.TCP ? "tcp-" : "udp-") + ports(l4.destinationPorts());
            return l4.sourcePorts().isAll() ? name : name + "-sport-" + ports(l4.sourcePorts());
        }
        if (match instanceof Match.Icmp icmp) {
            String name = PREFIX + (icmp.protocol() == Protocol.ICMP ? "icmp" : "icmp6");
            if (icmp.type().isEmpty()) {
                return name + "-any";
            }
            return name + "-" + icmp.type().getAsInt()
                    + (icmp.code().isPresent() ? "-" + icmp.code().getAsInt() : "");
        }
        throw new IllegalArgumentException("`any` is the predefined application any, not an object: " + match);
    }

    private static String ports(PortRange range) {
        return range.isAll() ? "any" : range.toString();
    }
}
