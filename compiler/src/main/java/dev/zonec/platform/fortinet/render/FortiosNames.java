package dev.zonec.platform.fortinet.render;

import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.FunctionClass;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.PortRange;
import dev.zonec.model.site.Protocol;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.render.firewall.AddressBook;
import dev.zonec.render.firewall.ServiceBook;
import dev.zonec.render.firewall.ZonePolicy;

/**
 * How zonec names what it owns on a FortiGate. Every name starts with {@code zc-} (IPv4 addresses, services,
 * policies, application lists) or {@code zc6-} (IPv6 addresses), so a re-applied script edits its own objects and
 * never a built-in one ({@code all}, {@code ALL}, {@code always}). Policy names only use '.' to join numbers:
 * zonec identifiers never contain '.', so a derived name cannot collide with another one.
 */
final class FortiosNames {

    private FortiosNames() {}

    /**
     * Address objects and groups: {@code zc-ews}, {@code zc6-plc6}, members {@code zc-hmi.1}; a device's own addresses
     * by the zone they face, {@code zc-fw1.control} (a '.' then a letter: no asset, zone or member has such a name).
     */
    static final class Addresses implements AddressBook.Naming {
        @Override
        public String object(Endpoint endpoint, IpFamily family) {
            return prefix(family) + endpoint.subject('.');
        }

        @Override
        public String group(Endpoint endpoint, IpFamily family) {
            return prefix(family) + endpoint.subject('.');
        }

        @Override
        public String member(Endpoint endpoint, IpFamily family, int index) {
            return prefix(family) + endpoint.subject('.') + "." + index;
        }

        private static String prefix(IpFamily family) {
            return family == IpFamily.V4 ? "zc-" : "zc6-";
        }
    }

    /**
     * Custom services by content ({@code zc-tcp.502}, {@code zc-icmp.3.4}, {@code zc-ip.any}), groups by the use
     * ({@code zc-dns}; with ICMP terms {@code zc-mgmt.icmp} or {@code zc-mgmt.icmp6}): an object name always has a '.'
     * followed by a digit or {@code any}, a group name none or one before {@code icmp}, so a service the policy calls
     * {@code tcp-502} can never take an object's name.
     */
    static final class Services implements ServiceBook.Naming {
        @Override
        public String object(Match match) {
            if (match instanceof Match.L4 l4) {
                String name = "zc-" + (l4.protocol() == Protocol.TCP ? "tcp." : "udp.") + ports(l4.destinationPorts());
                return l4.sourcePorts().isAll() ? name : name + ".src." + ports(l4.sourcePorts());
            }
            if (match instanceof Match.Icmp icmp) {
                StringBuilder b = new StringBuilder(icmp.protocol() == Protocol.ICMP ? "zc-icmp." : "zc-icmp6.");
                b.append(icmp.type().isPresent() ? Integer.toString(icmp.type().getAsInt()) : "any");
                icmp.code().ifPresent(c -> b.append('.').append(c));
                return b.toString();
            }
            return "zc-ip.any";
        }

        @Override
        public String group(ServiceUse use, String variant) {
            return "zc-" + use.name() + (variant.isEmpty() ? "" : "." + variant);
        }
    }

    /**
     * {@code zc-<conduit>.<rule>}, then the flow's zones where its conduit has several, the zones crossed where the
     * flow crosses the device more than once, and {@code v6}, joined by '.' ({@code zc-patching.r3f9a1c0.supervisory}),
     * shortened to {@code length} by {@link dev.zonec.render.StableNames#fit}; an unnamed conduit {@code a,b->c} reads
     * {@code a-b-to-c}.
     */
    static String policy(ZonePolicy policy, int length) {
        return policy.name("zc-", '.', length);
    }

    /** The policy carrying one inspected function class of a zone policy: {@code ... .modbus.read}. */
    static String inspectedPolicy(ZonePolicy policy, FunctionClass functionClass, int length) {
        return policy.name("zc-", '.', length, functionClass.display());
    }

    /** The application list of one function class: {@code zc-modbus.read}. */
    static String applicationList(String functionClass) {
        return "zc-" + functionClass;
    }

    /** A port range as FortiOS writes it in {@code tcp-portrange}: {@code 502} or {@code 20000-20010}. */
    static String ports(PortRange range) {
        return range.toString();
    }
}
