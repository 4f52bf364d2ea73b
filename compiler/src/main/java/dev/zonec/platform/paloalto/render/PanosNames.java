package dev.zonec.platform.paloalto.render;

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
import java.util.Optional;

/**
 * How zonec names what it writes into a PAN-OS vsys: every object carries the {@code zc-} prefix so a load never
 * overwrites an object the operator made. Names use only letters, digits, '-' and '_' (the characters the PAN-OS
 * object dialogs document). Policy names may contain '-' too, so two policy names can in rare cases derive the same
 * object name (asset {@code plc} in IPv6 and asset {@code plc-v6}); such a clash is remembered and reported, never
 * merged. Addresses and address groups share one namespace on PAN-OS, services and service groups another.
 */
final class PanosNames {
    static final String PREFIX = "zc-";

    /**
     * A derived name: what it names ("address object"), whose it is ("asset `plc` (IPv6)"), the identity that must
     * be the same for every use of the name, and where the policy wrote its origin.
     */
    record Claim(String name, String what, String subject, Object meaning, Optional<Span> origin) {}

    /** Two different things that would get the same name. */
    record Clash(Claim first, Claim second) {}

    private final Map<String, Claim> addresses = new LinkedHashMap<>();
    private final Map<String, Claim> services = new LinkedHashMap<>();
    private final List<Clash> clashes = new ArrayList<>();

    /** Address objects: {@code zc-ews}, {@code zc-ews-v6}; a grouped endpoint's members {@code zc-plc-1}, ... */
    AddressBook.Naming addressNaming() {
        return new AddressBook.Naming() {
            @Override
            public String object(Endpoint endpoint, IpFamily family) {
                return claim(addresses, base(endpoint, family), "address object", endpoint, family, 0);
            }

            @Override
            public String group(Endpoint endpoint, IpFamily family) {
                return claim(addresses, base(endpoint, family), "address group", endpoint, family, 0);
            }

            @Override
            public String member(Endpoint endpoint, IpFamily family, int index) {
                return claim(addresses, base(endpoint, family) + "-" + index, "address object", endpoint, family, index);
            }
        };
    }

    /** Service objects by protocol and ports ({@code zc-tcp-502}); groups after the service ({@code zc-dns}). */
    ServiceBook.Naming serviceNaming() {
        return new ServiceBook.Naming() {
            @Override
            public String object(Match match) {
                Match.L4 l4 = (Match.L4) match;
                String name = PREFIX + (l4.protocol() == Protocol.TCP ? "tcp-" : "udp-") + ports(l4.destinationPorts())
                        + (l4.sourcePorts().isAll() ? "" : "-src-" + ports(l4.sourcePorts()));
                // service objects are named by their ports alone, so only a group can clash with one
                String subject = "ports " + (l4.protocol() == Protocol.TCP ? "tcp/" : "udp/") + ports(l4.destinationPorts());
                return claim(services, name, "service object", subject, l4, Optional.empty());
            }

            @Override
            public String group(ServiceUse use, String variant) {
                String name = PREFIX + use.name().replaceAll("[^A-Za-z0-9_-]", "-") + (variant.isEmpty() ? "" : "-" + variant);
                return claim(services, name, "service group", "service `" + use.name() + "`", List.of(use.name(), variant),
                        Optional.of(use.span()));
            }
        };
    }

    List<Clash> clashes() {
        return List.copyOf(clashes);
    }

    private static String base(Endpoint endpoint, IpFamily family) {
        // a device's own addresses differ by the zone they face
        String name = endpoint.subject('-');
        return PREFIX + name + (family == IpFamily.V6 ? "-v6" : "");
    }

    /** PAN-OS writes a port range {@code low-high}; every port is {@code 0-65535}. */
    static String ports(PortRange range) {
        return range.isSingle() ? Integer.toString(range.first()) : range.first() + "-" + range.last();
    }

    private String claim(Map<String, Claim> namespace, String name, String what, Endpoint endpoint, IpFamily family,
                         int index) {
        String subject = endpoint.kind().name().toLowerCase(java.util.Locale.ROOT) + " `" + endpoint.name() + "`"
                + (family == IpFamily.V6 ? " (IPv6)" : "") + (index == 0 ? "" : ", block " + index);
        return claim(namespace, name, what, subject, List.of(endpoint.kind(), endpoint.name(), endpoint.zone(), family, index),
                Optional.of(endpoint.span()));
    }

    private String claim(Map<String, Claim> namespace, String name, String what, String subject, Object meaning,
                         Optional<Span> origin) {
        Claim claim = new Claim(name, what, subject, meaning, origin);
        Claim first = namespace.putIfAbsent(name, claim);
        if (first != null && !first.meaning().equals(meaning)
                && clashes.stream().noneMatch(c -> c.second().meaning().equals(meaning) && c.first().name().equals(name))) {
            clashes.add(new Clash(first, claim));
        }
        return name;
    }
}
