package dev.zonec.platform.juniper.render.srx;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.render.firewall.AddressBook;
import dev.zonec.render.firewall.ServiceBook;
import dev.zonec.render.firewall.ZonePolicies;
import dev.zonec.render.firewall.ZonePolicy;
import dev.zonec.render.StableNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The named objects and permit policies of one SRX, before any text is written: built once for validation (every
 * derived name is checked) and again, identically, for rendering.
 *
 * @param policies the permits in rule order; each references its addresses and applications by name
 */
record SrxPlan(AddressBook addresses, ServiceBook services, SrxNames names, List<Permit> policies,
               List<HostDeny> hostDenies) {

    /** What every policy name zonec writes starts with. */
    static final String PREFIX = "zc-";

    /** The predefined Junos application that matches every protocol. */
    static final String ANY = "any";

    /** The predefined zone of the device itself: the second policy lookup of traffic addressed to the SRX. */
    static final String HOST = "junos-host";

    /**
     * One permit policy: {@code name} is {@code zc-<conduit>-<rule>}, then the flow's zones where its conduit has
     * several, the zones crossed where the flow crosses the device more than once, and {@code v6} (see
     * {@link ZonePolicy#parts}): derived from what the policy is, never from its position.
     */
    record Permit(ZonePolicy policy, String from, String to, String name, List<String> sources,
                  List<String> destinations, List<String> applications) {
        Permit {
            sources = List.copyOf(sources);
            destinations = List.copyOf(destinations);
            applications = List.copyOf(applications);
        }
    }

    /**
     * The last policy from {@code zone} to {@code junos-host}: denies the services the device-bound rules name
     * ({@code applications}) to the device's addresses in that zone ({@code destinations}) to every other source, so
     * that only the policy's device-bound rules reach them.
     */
    record HostDeny(String zone, String name, List<String> destinations, List<String> applications, Device device) {
        HostDeny {
            destinations = List.copyOf(destinations);
            applications = List.copyOf(applications);
        }
    }

    SrxPlan {
        policies = List.copyOf(policies);
        hostDenies = List.copyOf(hostDenies);
    }

    static SrxPlan of(DeviceIr device, Site site) {
        int length = device.device().platform().capabilities().names().length();
        SrxNames names = new SrxNames();
        AddressBook addresses = new AddressBook(names.addressNaming);
        ServiceBook services = new ServiceBook(names.serviceNaming);
        List<Permit> permits = new ArrayList<>();
        Device d = device.device();
        for (ZonePolicy policy : ZonePolicies.of(device, site)) {
            List<String> sources = addresses.references(policy.sources(), policy.family()).stream().distinct().toList();
            List<String> destinations = addresses.references(policy.destinations(), policy.family()).stream()
                    .distinct().toList();
            List<String> applications = applications(policy, services);
            String name = policy.name(PREFIX, '-', length);
            if (!policy.first().toDevice()) {
                permits.add(new Permit(policy, policy.fromZone(), policy.toZone(), name, sources, destinations,
                        applications));
                continue;
            }
            // addressed to the SRX itself at its addresses in zone B, arriving in B (the lowering writes no other:
            // OwnTraffic): the policies from B to junos-host decide; the zone pair B to B is looked up first only for
            // the address of another interface than the one it arrived on
            String b = policy.toZone();
            if (!policy.fromZone().equals(b) || addressed(d, b).size() > 1) {
                permits.add(new Permit(policy, policy.fromZone(), b, name, sources, destinations, applications));
            }
            permits.add(new Permit(policy, b, HOST, policy.name(PREFIX, '-', length, "host"), sources, destinations,
                    applications));
        }
        // the services the device-bound rules name are the ones zonec governs on the SRX's addresses: its deny to
        // junos-host is of those, and everything else (the control plane among it) stays with host-inbound-traffic
        List<String> governed = new ArrayList<>();
        for (Permit p : permits) {
            if (p.to().equals(HOST)) {
                p.applications().stream().filter(a -> !governed.contains(a)).forEach(governed::add);
            }
        }
        List<HostDeny> denies = new ArrayList<>();
        for (String zone : governed.isEmpty() ? List.<String>of() : d.zones()) {
            List<AddressBlock> own = addressed(d, zone).stream().flatMap(i -> i.addresses().stream()).sorted()
                    .distinct().toList();
            if (own.isEmpty()) {
                continue;
            }
            Endpoint self = new Endpoint(Endpoint.Kind.DEVICE, d.name(), zone, own, Optional.empty(), d.span());
            List<String> destinations = new ArrayList<>();
            for (IpFamily family : IpFamily.values()) {
                if (self.hasFamily(family)) {
                    destinations.add(addresses.reference(self, family));
                }
            }
            denies.add(new HostDeny(zone, StableNames.fit(PREFIX + "deny-host-" + zone, '-', length), destinations,
                    governed.contains(ANY) ? List.of(ANY) : governed, d));
        }
        return new SrxPlan(addresses, services, names, permits, denies);
    }

    /** The device's interfaces facing {@code zone} that have addresses of its own (inventory {@code address:}). */
    static List<Interface> addressed(Device device, String zone) {
        return device.interfacesFacing(zone).stream().filter(i -> !i.addresses().isEmpty()).toList();
    }

    /** The applications a policy matches; a service of every protocol makes it {@code any} and nothing else. */
    private static List<String> applications(ZonePolicy policy, ServiceBook services) {
        boolean anyProtocol = policy.services().stream()
                .anyMatch(s -> s.matches().stream().anyMatch(Match.AnyIp.class::isInstance));
        if (anyProtocol) {
            return List.of(ANY);
        }
        List<String> names = new ArrayList<>();
        for (ServiceUse use : policy.services()) {
            String name = services.reference(use);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
