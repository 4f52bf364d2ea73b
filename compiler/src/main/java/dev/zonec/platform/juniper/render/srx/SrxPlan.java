package dev.zonec.platform.juniper.render.srx;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.render.firewall.AddressBook;
import dev.zonec.render.firewall.ServiceBook;
import dev.zonec.render.firewall.ZonePolicies;
import dev.zonec.render.firewall.ZonePolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * The named objects and permit policies of one SRX, before any text is written: built once for validation (every
 * derived name is checked) and again, identically, for rendering.
 *
 * @param policies the permits in rule order; each references its addresses and applications by name
 */
record SrxPlan(AddressBook addresses, ServiceBook services, SrxNames names, List<Permit> policies) {

    /** What every policy name zonec writes starts with. */
    static final String PREFIX = "zc-";

    /** The predefined Junos application that matches every protocol. */
    static final String ANY = "any";

    /**
     * One permit policy: {@code name} is {@code zc-<conduit>-<rule>}, then the flow's zones where its conduit has
     * several, the zones crossed where the flow crosses the device more than once, and {@code v6} (see
     * {@link ZonePolicy#parts}): derived from what the policy is, never from its position.
     */
    record Permit(ZonePolicy policy, String name, List<String> sources, List<String> destinations,
                  List<String> applications) {
        Permit {
            sources = List.copyOf(sources);
            destinations = List.copyOf(destinations);
            applications = List.copyOf(applications);
        }
    }

    SrxPlan {
        policies = List.copyOf(policies);
    }

    static SrxPlan of(DeviceIr device, Site site) {
        int length = device.device().platform().capabilities().names().length();
        SrxNames names = new SrxNames();
        AddressBook addresses = new AddressBook(names.addressNaming);
        ServiceBook services = new ServiceBook(names.serviceNaming);
        List<Permit> permits = new ArrayList<>();
        for (ZonePolicy policy : ZonePolicies.of(device, site)) {
            List<String> sources = addresses.references(policy.sources(), policy.family()).stream().distinct().toList();
            List<String> destinations = addresses.references(policy.destinations(), policy.family()).stream()
                    .distinct().toList();
            permits.add(new Permit(policy, policy.name(PREFIX, '-', length), sources, destinations,
                    applications(policy, services)));
        }
        return new SrxPlan(addresses, services, names, permits);
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
