package dev.zonec.platform.juniper;

import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Platform;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import dev.zonec.platform.BaseTarget;
import dev.zonec.platform.InterfaceNaming;
import dev.zonec.platform.juniper.readback.srx.JunosSrxReadBack;
import dev.zonec.platform.juniper.render.srx.JunosSrxRenderer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Juniper SRX: stateful zone-pair security policies. */
public final class JuniperSrx extends BaseTarget {
    public static final Platform PLATFORM = new Platform("juniper-srx", new Capabilities(true, FilterScope.ZONE_PAIR,
            true, true, 900, NameRule.of("[A-Za-z][A-Za-z0-9_-]*", 63,
            "any", "any-ipv4", "any-ipv6", "junos-host"), Map.of(), Capabilities.OwnTraffic.HOST_ZONE));
    /**
     * Logical interfaces a security zone can hold: {@code type-fpc/pic/port[:channel].unit} for the physical and
     * tunnel types, and the numbered or unnumbered logical devices ({@code ae0.0}, {@code reth1.0}, {@code irb.10},
     * {@code st0.1}). Management interfaces (fxp0, em0, me0, fab) are not zone interfaces.
     */
    public static final Pattern INTERFACE = Pattern.compile(
            "(?:(?:fe|ge|xe|et|mge|gr|ip|lt)-\\d{1,2}/\\d{1,2}/\\d{1,3}(?::\\d{1,2})?|(?:ae|reth)\\d{1,3}"
                    + "|irb|vlan|st0|lo0|pp0|dl0)\\.\\d{1,5}");
    private static final InterfaceNaming INTERFACES = InterfaceNaming.checked(INTERFACE,
            "Junos security zones hold logical interfaces: type-fpc/pic/port.unit "
                    + "such as ge-0/0/0.0, or ae0.0, reth0.0, irb.10, st0.0; management interfaces (fxp0, em0, me0) "
                    + "cannot be in a security zone",
            n -> "ge-0/0/" + n + ".0");
    private static final Pattern UNIT = Pattern.compile("(.+)\\.([0-9]+)");
    /** A global policy's zone match, which Batfish 0.36's Junos grammar does not have. */
    private static final Pattern GLOBAL_ZONE_MATCH = Pattern.compile(
            "set security policies global policy (\\S+) match (from|to)-zone \\S+");

    public JuniperSrx() {
        super(PLATFORM, INTERFACES, new JunosSrxRenderer(), new JunosSrxReadBack(),
                new JunosBatfish() {
                    /** The zones name interface units the file does not define: Batfish needs them to exist. */
                    @Override
                    public List<String> header(Device device) {
                        List<String> lines = super.header(device);
                        for (Interface i : device.interfaces()) {
                            Matcher m = UNIT.matcher(i.name());
                            if (m.matches()) {
                                lines.add("set interfaces " + m.group(1) + " unit " + m.group(2) + " family inet");
                            }
                        }
                        // zones and their interfaces are the operator's one-time setup, not zonec's file
                        for (Interface i : device.interfaces()) {
                            lines.add("set security zones security-zone " + i.zone() + " interfaces " + i.name());
                        }
                        return lines;
                    }

                    /**
                     * Batfish keeps an SRX's security policies outside the interface's plain outgoing filter: in a
                     * filter of its own per egress interface, {@code ~SECURITY_POLICIES_TO~<interface>}
                     * (JuniperConfiguration), which picks the policy by the zone the packet entered from.
                     */
                    @Override
                    public FilterQuestion filterQuestion(Device device, Interface ingress, Interface egress, Site site) {
                        return new FilterQuestion(new Filter.Named("~SECURITY_POLICIES_TO~" + egress.name()),
                                interfaceNames(device, ingress, site));
                    }

                    @Override
                    public List<KnownGap> knownGaps() {
                        return List.of(
                                KnownGap.unrecognized("set security zones security-zone \\S+ description \".*\"",
                                        "a zone's description is documentation; it changes no policy"),
                                KnownGap.unrecognized("set security policies policy-rematch", "re-evaluates open "
                                        + "sessions when a policy changes, so a re-applied policy also ends sessions "
                                        + "it no longer allows; Batfish evaluates new flows only"),
                                new KnownGap(GLOBAL_ZONE_MATCH, KnownGap.UNRECOGNIZED,
                                        (file, line, warning) -> globalDeny(file, line),
                                        "narrows a global deny policy to the device's zones; Batfish's grammar has "
                                                + "no zone match in a global policy and applies the deny to every "
                                                + "zone, which denies the same packets between the device's zones, "
                                                + "the only ones zonec asks about"));
                    }
                });
    }

    /** Whether the global policy a zone-match line belongs to denies (a zone match on a permit would widen it). */
    private static boolean globalDeny(SourceFile file, int line) {
        Matcher m = GLOBAL_ZONE_MATCH.matcher(file.line(line).strip());
        if (!m.matches()) {
            return false;
        }
        String then = "set security policies global policy " + m.group(1) + " then ";
        boolean deny = false;
        for (int l = 1; l <= file.lineCount(); l++) {
            String text = file.line(l).strip();
            if (text.startsWith(then)) {
                String action = text.substring(then.length());
                if (action.startsWith("permit")) {
                    return false;
                }
                deny |= action.equals("deny") || action.equals("reject");
            }
        }
        return deny;
    }
}
