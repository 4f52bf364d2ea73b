package dev.zonec.render;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.ir.RuleKind;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.FunctionClass;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortLevelAcceptance;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.Span;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Before anything is rendered: every rule must be expressible on its device's platform. An IPv6 rule on a platform
 * that filters IPv4 only, or a logged rule on one that cannot log a permit, is ZC0505 at the allow rule: the rule is
 * never written without its IPv6 half or its log. A function class the
 * platform cannot inspect is an error naming the devices, the flow and the policy line — unless the policy
 * explicitly accepted port-level enforcement for that class on that device, which is then a warning. Rules are
 * never silently widened. Findings are gathered per (policy line, function class) so a flow crossing four devices
 * gives one finding that names all four.
 */
final class CapabilityCheck {

    private CapabilityCheck() {}

    /** One function class as written on one allow rule. */
    private record Use(Span service, FunctionClass functionClass) {}

    static void check(Site site, Ir ir, Diagnostics diagnostics) {
        expressible(ir, diagnostics);
        Map<Use, Set<String>> refused = new LinkedHashMap<>();
        Map<Use, Set<String>> portLevel = new LinkedHashMap<>();
        Map<Use, Set<String>> flows = new LinkedHashMap<>();
        Map<Use, PortLevelAcceptance> acceptedBy = new LinkedHashMap<>();
        Set<PortLevelAcceptance> used = new HashSet<>();
        for (DeviceIr deviceIr : ir.devices()) {
            Device device = deviceIr.device();
            Set<String> inspected = device.platform().capabilities().functionClasses();
            for (IrRule rule : deviceIr.rules()) {
                Optional<FunctionClass> fc = rule.service().functionClass();
                if (fc.isEmpty() || rule.kind() == RuleKind.REPLY || inspected.contains(fc.get().display())) {
                    continue;
                }
                Use use = new Use(rule.service().span(), fc.get());
                flows.computeIfAbsent(use, u -> new java.util.LinkedHashSet<>())
                        .add(rule.sources().get(0).zone() + " -> " + rule.destinations().get(0).zone());
                Optional<PortLevelAcceptance> accepted = site.acceptances().stream()
                        .filter(a -> a.functionClass().equals(fc.get()) && a.devices().contains(device.name()))
                        .findFirst();
                if (accepted.isPresent()) {
                    used.add(accepted.get());
                    portLevel.computeIfAbsent(use, u -> new TreeSet<>()).add(device.name());
                    acceptedBy.putIfAbsent(use, accepted.get());
                } else {
                    refused.computeIfAbsent(use, u -> new TreeSet<>()).add(device.name());
                }
            }
        }
        refused.forEach((use, devices) -> diagnostics.report(Diagnostic.error(Code.ZC0502, describe(devices, site)
                        + " cannot enforce `" + use.functionClass() + "` on " + String.join(", ", flows.get(use)))
                .at(use.service())
                .help("the platform sees ports, not " + use.functionClass().protocol() + " function codes; to allow every "
                        + use.functionClass().protocol() + " function there, state it: `accept port-level "
                        + use.functionClass() + " on " + String.join(", ", devices) + " \"why this is acceptable\"`")));
        portLevel.forEach((use, devices) -> diagnostics.report(Diagnostic.warning(Code.ZC0503, describe(devices, site)
                        + " enforce" + (devices.size() == 1 ? "s" : "") + " `" + use.functionClass()
                        + "` by port only: every " + use.functionClass().protocol() + " function is allowed there on "
                        + String.join(", ", flows.get(use)))
                .at(use.service())
                .label(acceptedBy.get(use).span(), "accepted here")));
        for (PortLevelAcceptance a : site.acceptances()) {
            if (!used.contains(a)) {
                diagnostics.report(Diagnostic.warning(Code.ZC0506, "port-level acceptance of `" + a.functionClass()
                                + "` is never needed on " + String.join(", ", a.devices()))
                        .at(a.span()).help("no flow with this function class crosses these devices without inspection; remove it"));
            }
        }
    }

    /** ZC0505 for every allow rule a device's platform cannot write at all: IPv6 without IPv6, a log without logging. */
    private static void expressible(Ir ir, Diagnostics diagnostics) {
        Set<List<Object>> reported = new HashSet<>();
        for (DeviceIr deviceIr : ir.devices()) {
            Device device = deviceIr.device();
            var capabilities = device.platform().capabilities();
            for (IrRule rule : deviceIr.rules()) {
                String who = "`" + device.name() + "` (" + device.platform().id() + ")";
                if (rule.family() == IpFamily.V6 && !capabilities.ipv6()
                        && reported.add(List.of(device.name(), rule.origin(), "ipv6"))) {
                    diagnostics.report(Diagnostic.error(Code.ZC0505, who + " filters IPv4 only and cannot enforce the "
                                    + "IPv6 part of this rule")
                            .at(rule.origin())
                            .help("give the endpoints IPv4 addresses only, or place the flow on a device that filters IPv6"));
                }
                if (rule.log() && !capabilities.logging() && reported.add(List.of(device.name(), rule.origin(), "log"))) {
                    diagnostics.report(Diagnostic.error(Code.ZC0505, who + " cannot log a permitted flow, and this rule "
                                    + "asks for `log`")
                            .at(rule.origin())
                            .help("remove `log` from the rule, or place the flow on a device that logs"));
                }
            }
        }
    }

    /** "`sw-core` (cisco-ios)" or "`fw-sis` (juniper-srx), `sw-core` (cisco-ios)". */
    private static String describe(Set<String> devices, Site site) {
        Map<String, Device> byName = site.devicesByName();
        List<String> parts = devices.stream()
                .map(d -> "`" + d + "` (" + byName.get(d).platform().id() + ")").toList();
        return String.join(", ", parts);
    }
}
