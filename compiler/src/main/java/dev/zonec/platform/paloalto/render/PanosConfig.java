package dev.zonec.platform.paloalto.render;

import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.FunctionClass;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.ServiceUse;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.Span;
import dev.zonec.render.RuleText;
import dev.zonec.render.firewall.AddressBook;
import dev.zonec.render.firewall.ServiceBook;
import dev.zonec.render.firewall.ZonePolicies;
import dev.zonec.render.firewall.ZonePolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one PAN-OS device's file holds, built from its zone policies: the address, service and application objects
 * and the security rules. A PAN-OS rule allows (one of its applications) AND (one of its services), so a zone
 * policy whose services differ in kind becomes one rule per kind, never a cross product that would allow more:
 * <ul>
 *   <li>ports: every TCP/UDP term, application {@code any}, the service objects;</li>
 *   <li>icmp: every ICMP term, as applications (see {@link IcmpApplications}), service {@code any};</li>
 *   <li>one per inspected function class, e.g. {@code modbus-read}: the class's App-IDs AND its protocol's port
 *       service, so both the function and the port are enforced;</li>
 *   <li>any: the {@code any} service, application and service {@code any}.</li>
 * </ul>
 * A function class the platform does not inspect arrives only when the policy accepted port-level enforcement
 * (ZC0503), and is rendered with the ports.
 */
final class PanosConfig {

    /** One security rule, in rule-base order. */
    record Rule(String name, ZonePolicy policy, List<String> sources, List<String> destinations,
                List<String> applications, List<String> services, String description) {}

    /** The services of one zone policy that go into one rule. */
    private static final class Part {
        final String token;
        final List<ServiceUse> uses = new ArrayList<>();

        Part(String token) {
            this.token = token;
        }

        void add(ServiceUse use, List<Match> matches) {
            uses.add(new ServiceUse(use.name(), matches, use.functionClass(), use.tags(), use.span()));
        }
    }

    final PanosNames names = new PanosNames();
    final AddressBook addresses = new AddressBook(names.addressNaming());
    final ServiceBook services = new ServiceBook(names.serviceNaming());
    final IcmpApplications icmp = new IcmpApplications();
    final List<Rule> rules = new ArrayList<>();

    private final Map<String, List<String>> inspection;
    private final int nameLength;
    private final Map<String, Optional<String>> conduitDescriptions = new LinkedHashMap<>();

    private PanosConfig(DeviceIr device, Site site) {
        this.inspection = device.device().platform().capabilities().inspection();
        this.nameLength = device.device().platform().capabilities().names().length();
        site.conduits().forEach(c -> conduitDescriptions.put(c.name(), c.description()));
        List<ZonePolicy> policies = ZonePolicies.of(device, site);
        icmp.define(policies.stream().flatMap(p -> p.services().stream()).flatMap(u -> u.matches().stream())
                .filter(Match.Icmp.class::isInstance).map(Match.Icmp.class::cast).toList());
        for (ZonePolicy policy : policies) {
            add(policy);
        }

    }

    static PanosConfig of(DeviceIr device, Site site) {
        return new PanosConfig(device, site);
    }

    private void add(ZonePolicy policy) {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (ServiceUse use : policy.services()) {
            List<Match> l4 = use.matches().stream().filter(Match.L4.class::isInstance).toList();
            List<Match> icmpMatches = use.matches().stream().filter(Match.Icmp.class::isInstance).toList();
            if (use.matches().stream().anyMatch(Match.AnyIp.class::isInstance)) {
                parts.computeIfAbsent("any", Part::new).add(use, use.matches());
                continue;
            }
            Optional<FunctionClass> inspected = use.functionClass().filter(f -> inspection.containsKey(f.display()));
            if (inspected.isPresent() && !l4.isEmpty()) {
                String token = inspected.get().protocol() + "-" + inspected.get().name();
                parts.computeIfAbsent(token, Part::new).add(use, l4);
            } else if (!l4.isEmpty()) {
                parts.computeIfAbsent("ports", Part::new).add(use, l4);
            }
            if (!icmpMatches.isEmpty()) {
                parts.computeIfAbsent("icmp", Part::new).add(use, icmpMatches);
            }
        }
        List<String> sources = references(policy.sources(), policy);
        List<String> destinations = references(policy.destinations(), policy);
        if (sources.isEmpty() || destinations.isEmpty()) {
            throw new IllegalStateException("zone policy without addresses on flow " + policy.flow().stableId());
        }
        for (Part part : parts.values()) {
            String name = parts.size() == 1 ? policy.name(PanosNames.PREFIX, '-', nameLength)
                    : policy.name(PanosNames.PREFIX, '-', nameLength, part.token);
            rules.add(new Rule(name, policy, sources, destinations, applications(part, policy), services(part),
                    description(part, policy)));
        }
    }

    private List<String> references(List<Endpoint> endpoints, ZonePolicy policy) {
        List<String> names = new ArrayList<>();
        for (Endpoint e : endpoints) {
            if (e.hasFamily(policy.family())) {
                String name = addresses.reference(e, policy.family());
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private List<String> applications(Part part, ZonePolicy policy) {
        return switch (part.token) {
            case "any", "ports" -> List.of("any");
            case "icmp" -> icmp.applications(policy.family(), part.uses.stream().flatMap(u -> u.matches().stream())
                    .map(Match.Icmp.class::cast).toList());
            default -> inspection.get(part.uses.get(0).functionClass().orElseThrow().display());
        };
    }

    private List<String> services(Part part) {
        if (part.token.equals("any") || part.token.equals("icmp")) {
            return List.of("any");
        }
        List<String> names = new ArrayList<>();
        for (ServiceUse use : part.uses) {
            String name = services.reference(use);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The rule described as the other platforms describe it ({@code engineering/r1a2b3c4: ews -> plc[*] modbus}), naming only
     * this rule's services, then the conduit's own description. Raw policy text: the renderer escapes it.
     */
    private String description(Part part, ZonePolicy policy) {
        IrRule first = policy.first();
        String serviceNames = String.join(", ", part.uses.stream().map(ServiceUse::name).distinct().toList());
        IrRule described = new IrRule(first.flow(), first.inZone(), first.outZone(), first.family(),
                first.sources(), first.destinations(), new ServiceUse(serviceNames, List.of(), Optional.empty(),
                Set.of(), first.service().span()), List.of(), RuleKind.REQUEST, first.log(), first.origin());
        return RuleText.describe(described)
                + conduitDescriptions.getOrDefault(policy.conduit(), Optional.empty()).map(d -> " - " + d).orElse("");
    }

    /** Where the policy wrote the allow rule a security rule comes from. */
    static Span origin(Rule rule) {
        return rule.policy().first().origin();
    }
}
