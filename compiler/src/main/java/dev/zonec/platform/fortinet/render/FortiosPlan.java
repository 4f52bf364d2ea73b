package dev.zonec.platform.fortinet.render;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.FunctionClass;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.Span;
import dev.zonec.render.RuleNameClashes;
import dev.zonec.render.firewall.AddressBook;
import dev.zonec.render.firewall.ServiceBook;
import dev.zonec.render.firewall.ZonePolicies;
import dev.zonec.render.firewall.ZonePolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one FortiGate gets, before any text: the address and service books, the application lists, and the
 * firewall policies in order with their IDs. Built the same way for {@code validate} (names) and {@code render}.
 *
 * <p>A zone policy becomes one FortiOS policy for its port-level services and, for each service whose function
 * class the platform inspects, one more policy that pairs the protocol's port service with that class's
 * application list, so the port and the application are both enforced.
 *
 * <p>The device's own traffic ({@link IrRule#toDevice}): a packet for the FortiGate's address on another interface
 * than the one it arrives on must pass a firewall policy from the arrival interface to that one, as forwarded traffic
 * (Fortinet KB 369268), so such a zone policy becomes a firewall policy too; then the local-in policies decide, in list
 * order, and what none of them matches falls to the interfaces' {@code allowaccess} (the implicit local-in rules). Each
 * device-bound zone policy becomes one local-in accept per interface facing the zone it arrives from ({@code intf} takes
 * one interface before FortiOS 7.6), and each inventory interface one local-in deny, last, of the services the
 * device-bound rules name, to the device's addresses, from any source: the rules' sources reach those services, no one
 * else does, and every other service (the control plane, what the policy does not name) stays with the operator.
 */
final class FortiosPlan {
    /** The final deny policy's fixed ID, the top of zonec's range ({@link FortiosIds}). */
    static final int DENY_ID = FortiosIds.DENY;

    /** An entry of {@code inspection.yaml} for FortiOS: the FortiGuard application ID, then its signature name. */
    private static final Pattern SIGNATURE = Pattern.compile("(\\d+) (\\S+)");

    /** One FortiGuard application signature an application list lets through. */
    record Signature(int id, String name) {}

    /** {@code config application list} entry for one function class. */
    record ApplicationList(String name, FunctionClass functionClass, List<Signature> signatures) {}

    /** One {@code config firewall policy} entry that accepts traffic. */
    record Policy(int id, String name, ZonePolicy zonePolicy, List<String> sources, List<String> destinations,
                  List<String> services, List<ServiceUse> uses, Optional<ApplicationList> applicationList) {}

    private final AddressBook addresses = new AddressBook(new FortiosNames.Addresses());
    private final ServiceBook services = new ServiceBook(new FortiosNames.Services());
    private final Map<String, ApplicationList> applicationLists = new LinkedHashMap<>();
    private final List<Policy> policies = new ArrayList<>();
    private final List<LocalIn> localIn = new ArrayList<>();
    private final List<AddressBook.DerivedName> otherNames = new ArrayList<>();

    /**
     * One {@code config firewall local-in-policy} (IPv4) or {@code local-in-policy6} (IPv6) entry: an accept of a
     * device-bound zone policy on one arrival interface, or the deny of the governed services on one interface.
     *
     * @param key what the ID is derived from (local-in policies have no name)
     */
    record LocalIn(int id, String key, IpFamily family, String intf, boolean allow, List<String> sources,
                   List<String> destinations, List<String> services, Optional<ZonePolicy> zonePolicy) {}

    private FortiosPlan() {}

    /**
     * @param inspection function class to FortiOS application signatures, each {@code "<id> <name>"} (the platform's
     *                   {@code inspection.yaml} entries)
     */
    static FortiosPlan of(DeviceIr device, Site site, Map<String, List<String>> inspection) {
        FortiosPlan plan = new FortiosPlan();
        int length = device.device().platform().capabilities().names().length();
        Device d = device.device();
        List<ServiceUse> governed = new ArrayList<>();
        for (ZonePolicy zp : ZonePolicies.of(device, site)) {
            List<String> src = plan.addresses.references(zp.sources(), zp.family());
            List<String> dst = plan.addresses.references(zp.destinations(), zp.family());
            if (zp.first().toDevice()) {
                String name = FortiosNames.policy(zp, length);
                List<String> services = plan.serviceNames(zp.services());
                for (Interface in : d.interfacesFacing(zp.fromZone())) {
                    plan.localIn.add(new LocalIn(0, "local-in " + name + " " + in.name(), zp.family(), in.name(), true,
                            src, dst, services, Optional.of(zp)));
                }
                zp.services().stream().filter(u -> !governed.contains(u)).forEach(governed::add);
                if (zp.fromZone().equals(zp.toZone()) && d.interfacesFacing(zp.toZone()).size() < 2) {
                    // to the address of the interface it arrives on: no firewall policy is looked up
                    continue;
                }
            }
            List<ServiceUse> plain = new ArrayList<>();
            List<ServiceUse> inspected = new ArrayList<>();
            for (ServiceUse use : zp.services()) {
                boolean byApplication = use.functionClass().map(fc -> inspection.containsKey(fc.display())).orElse(false);
                (byApplication ? inspected : plain).add(use);
            }
            Span origin = zp.first().origin();
            if (!plain.isEmpty()) {
                plan.add(new Policy(0, FortiosNames.policy(zp, length), zp, src, dst, plan.serviceNames(plain), plain,
                        Optional.empty()), origin);
            }
            for (ServiceUse use : inspected) {
                ApplicationList list = plan.applicationList(use, inspection);
                plan.add(new Policy(0, FortiosNames.inspectedPolicy(zp, use.functionClass().orElseThrow(), length), zp,
                        src, dst, plan.serviceNames(List.of(use)), List.of(use), Optional.of(list)), origin);
            }
        }
        Map<String, Integer> ids = FortiosIds.assign(plan.policies.stream().map(Policy::name).distinct().toList());
        plan.policies.replaceAll(p -> new Policy(ids.get(p.name()), p.name(), p.zonePolicy(), p.sources(),
                p.destinations(), p.services(), p.uses(), p.applicationList()));
        for (IpFamily family : IpFamily.values()) {
            // every address of the device, in both IP versions, whatever version the rules reach it by: the services
            // are governed at all of them (an IPv4-only rule leaves no IPv6 address open to everyone)
            List<Endpoint> own = ownAddresses(d, family);
            List<ServiceUse> uses = inFamily(governed, family);
            if (own.isEmpty() || uses.isEmpty()) {
                continue;
            }
            List<String> addresses = plan.addresses.references(own, family);
            List<String> services = plan.serviceNames(uses);
            for (Interface i : d.interfaces()) {
                plan.localIn.add(new LocalIn(0, "local-in deny " + i.name() + (family == IpFamily.V6 ? " v6" : ""),
                        family, i.name(), false, List.of("all"), addresses, services, Optional.empty()));
            }
        }
        Map<String, Integer> localIds = FortiosIds.assign(plan.localIn.stream().map(LocalIn::key).toList());
        plan.localIn.replaceAll(l -> new LocalIn(localIds.get(l.key()), l.key(), l.family(), l.intf(), l.allow(),
                l.sources(), l.destinations(), l.services(), l.zonePolicy()));
        return plan;
    }

    /** The services with the matches of one IP version (ICMP is per version), those without any left out. */
    private static List<ServiceUse> inFamily(List<ServiceUse> uses, IpFamily family) {
        List<ServiceUse> result = new ArrayList<>();
        for (ServiceUse u : uses) {
            List<dev.zonec.model.site.Match> matches = u.matches().stream()
                    .filter(m -> !(m instanceof dev.zonec.model.site.Match.Icmp icmp) || icmp.family() == family).toList();
            ServiceUse use = new ServiceUse(u.name(), matches, u.functionClass(), u.tags(), u.span());
            if (!matches.isEmpty() && !result.contains(use)) {
                result.add(use);
            }
        }
        return result;
    }

    /** The device's own addresses of one IP version, one endpoint per zone its interfaces face. */
    private static List<Endpoint> ownAddresses(Device device, IpFamily family) {
        List<Endpoint> result = new ArrayList<>();
        for (String zone : device.zones()) {
            List<dev.zonec.model.site.AddressBlock> blocks = device.interfacesFacing(zone).stream()
                    .flatMap(i -> i.addresses().stream()).filter(b -> b.family() == family).sorted().distinct().toList();
            if (!blocks.isEmpty()) {
                result.add(new Endpoint(Endpoint.Kind.DEVICE, device.name(), zone, blocks, Optional.empty(),
                        device.span()));
            }
        }
        return result;
    }

    private void add(Policy policy, Span origin) {
        policies.add(policy);
        otherNames.add(new AddressBook.DerivedName(policy.name(), "firewall policy", origin));
    }

    /** Each policy's name, what it stands for and its rule, for the check that no two rules share a name. */
    List<RuleNameClashes.Named> policyNames() {
        return policies.stream().map(p -> new RuleNameClashes.Named(p.name(),
                List.of(p.zonePolicy().flow(), p.zonePolicy().parts(), p.services(), p.applicationList().map(ApplicationList::name)),
                p.zonePolicy().flow().ruleId(), p.zonePolicy().first().origin())).toList();
    }

    private List<String> serviceNames(List<ServiceUse> uses) {
        List<String> names = new ArrayList<>();
        for (ServiceUse use : uses) {
            String name = services.reference(use);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private ApplicationList applicationList(ServiceUse use, Map<String, List<String>> inspection) {
        FunctionClass fc = use.functionClass().orElseThrow();
        return applicationLists.computeIfAbsent(fc.display(), key -> {
            List<Signature> signatures = new ArrayList<>();
            for (String entry : inspection.get(key)) {
                Matcher m = SIGNATURE.matcher(entry);
                if (!m.matches()) {
                    throw new IllegalStateException("inspection.yaml: fortinet-fortios entry for " + key
                            + " is not `<application id> <signature name>`: " + entry);
                }
                signatures.add(new Signature(Integer.parseInt(m.group(1)), m.group(2)));
            }
            String name = FortiosNames.applicationList(key);
            otherNames.add(new AddressBook.DerivedName(name, "application list", use.span()));
            return new ApplicationList(name, fc, List.copyOf(signatures));
        });
    }

    AddressBook addresses() {
        return addresses;
    }

    ServiceBook services() {
        return services;
    }

    List<ApplicationList> applicationLists() {
        return List.copyOf(applicationLists.values());
    }

    List<Policy> policies() {
        return List.copyOf(policies);
    }

    /** The local-in policies: the accepts in rule order, then the denies in inventory order. */
    List<LocalIn> localIn() {
        return List.copyOf(localIn);
    }

    /** Every name the script derives from the policy, with where the policy wrote its original. */
    List<AddressBook.DerivedName> derivedNames() {
        List<AddressBook.DerivedName> names = new ArrayList<>(addresses.derivedNames());
        names.addAll(services.derivedNames());
        names.addAll(otherNames);
        return names;
    }
}
