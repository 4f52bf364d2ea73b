package dev.zonec.resolve;

import dev.zonec.model.ast.Statement;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.Conduit;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Waiver;
import dev.zonec.support.DidYouMean;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks {@code waive} statements: a waivable code, a target that exists, a real date, a reason and an owner. */
final class WaiverResolver {

    /** Only findings of the analysis can be accepted as risks; broken input cannot be waived. */
    static boolean waivable(Code code) {
        return code.name().startsWith("ZC04") || code.name().startsWith("ZC06") && !code.name().startsWith("ZC062");
    }

    private WaiverResolver() {}

    /**
     * @param knownConduits conduits the policy declares, resolved or not; {@code knownDevices} likewise for devices:
     *                      a waiver naming one whose definition failed is dropped without a second error
     */
    static List<Waiver> resolve(List<Statement.Waiver> statements, List<Conduit> conduits, List<Device> devices,
                                Set<String> knownConduits, Set<String> knownDevices, ZoneLookup zones,
                                Namespace namespace, Diagnostics diagnostics) {
        Set<String> conduitNames = conduits.stream().map(Conduit::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> deviceNames = devices.stream().map(Device::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        List<Waiver> result = new ArrayList<>();
        for (Statement.Waiver w : statements) {
            Optional<Code> code = Arrays.stream(Code.values()).filter(c -> c.name().equals(w.code().text())).findFirst();
            if (code.isEmpty() || !waivable(code.get())) {
                diagnostics.report(Diagnostic.error(Code.ZC0227, code.isEmpty() ? "`" + w.code().text() + "` is not a zonec code"
                                : "`" + w.code().text() + "` (" + code.get().title() + ") cannot be waived")
                        .at(w.code().span())
                        .help("waivers accept findings of the analysis: requirement violations (ZC04xx) and IEC 62443 checks (ZC06xx)"));
            }
            Optional<Waiver.Target> target = target(w.target(), conduitNames, deviceNames, knownConduits, knownDevices, zones, namespace, diagnostics);
            Optional<LocalDate> expires = Optional.empty();
            try {
                expires = Optional.of(LocalDate.parse(w.expires().text()));
            } catch (DateTimeParseException e) {
                diagnostics.report(Diagnostic.error(Code.ZC0229, "`" + w.expires().text() + "` is not a date")
                        .at(w.expires().span()).help("write the expiry as YYYY-MM-DD"));
            }
            if (w.justification().value().isBlank() || w.owner().value().isBlank()) {
                diagnostics.report(Diagnostic.error(Code.ZC0230, "a waiver needs a justification and an owner")
                        .at(w.justification().value().isBlank() ? w.justification().span() : w.owner().span()).help("say why the risk is acceptable and who answers for it"));
                continue;
            }
            if (code.isPresent() && waivable(code.get()) && target.isPresent() && expires.isPresent()) {
                result.add(new Waiver(code.get(), target.get(), w.justification().value(), w.owner().value(),
                        expires.get(), w.span()));
            }
        }
        return result;
    }

    private static Optional<Waiver.Target> target(Statement.WaiverTarget t, Set<String> conduits, Set<String> devices,
                                                  Set<String> knownConduits, Set<String> knownDevices,
                                                  ZoneLookup zones, Namespace namespace, Diagnostics diagnostics) {
        if (t instanceof Statement.WaiverTarget.Conduit c) {
            if (!conduits.contains(c.name().text()) && knownConduits.contains(c.name().text())) {
                return Optional.empty(); // the conduit's own error is reported
            }
            if (!conduits.contains(c.name().text())) {
                diagnostics.report(Diagnostic.error(Code.ZC0228, "unknown conduit `" + c.name().text() + "`")
                        .at(c.name().span()).helpIf(DidYouMean.help(c.name().text(), conduits)));
                return Optional.empty();
            }
            return Optional.of(new Waiver.Target.Conduit(c.name().text()));
        }
        if (t instanceof Statement.WaiverTarget.Device d) {
            if (!devices.contains(d.name().text()) && knownDevices.contains(d.name().text())) {
                return Optional.empty(); // the device's own error is reported
            }
            if (!devices.contains(d.name().text())) {
                diagnostics.report(Diagnostic.error(Code.ZC0222, "unknown device `" + d.name().text() + "`")
                        .at(d.name().span()).helpIf(DidYouMean.help(d.name().text(), devices)));
                return Optional.empty();
            }
            return Optional.of(new Waiver.Target.Device(d.name().text()));
        }
        if (t instanceof Statement.WaiverTarget.Zone z) {
            return zones.find(z.name().text(), z.name().span()).map(zone -> new Waiver.Target.Zone(zone.name()));
        }
        Statement.WaiverTarget.Flow f = (Statement.WaiverTarget.Flow) t;
        boolean ok = true;
        for (var end : List.of(f.source(), f.destination())) {
            if (end.isPresent() && namespace.find(end.get().text()).isEmpty()) {
                diagnostics.report(Diagnostic.error(Code.ZC0202, "unknown asset `" + end.get().text() + "`")
                        .at(end.get().span()).helpIf(DidYouMean.help(end.get().text(), namespace.names())));
                ok = false;
            }
        }
        return ok ? Optional.of(new Waiver.Target.Flow(f.source().map(i -> i.text()), f.destination().map(i -> i.text())))
                : Optional.empty();
    }
}
