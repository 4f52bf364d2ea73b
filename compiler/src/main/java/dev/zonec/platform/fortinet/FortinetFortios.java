package dev.zonec.platform.fortinet;

import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Platform;
import dev.zonec.platform.BaseTarget;
import dev.zonec.platform.BatfishSupport;
import dev.zonec.platform.InterfaceIdentity;
import dev.zonec.platform.InterfaceNaming;
import dev.zonec.platform.fortinet.readback.FortiosReadBack;
import dev.zonec.platform.fortinet.render.FortiosRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fortinet FortiOS 7.x: stateful firewall policies by interface pair. No OT function class is inspected yet: no
 * complete, ID-exact FortiGuard application list for any class could be verified in Fortinet's documentation (see
 * docs/platforms/fortinet-fortios.md), so function classes stay ZC0502 on FortiOS. An entry, once verified, is
 * {@code "<FortiGuard application ID> <signature name>"} (the CLI's application list takes the ID).
 */
public final class FortinetFortios extends BaseTarget {
    public static final Platform PLATFORM = new Platform("fortinet-fortios", new Capabilities(true,
            FilterScope.ZONE_PAIR, true, true, true, 1023, NameRule.of("[A-Za-z0-9][A-Za-z0-9._-]*", 35,
            "all", "none", "any"), Map.of()));
    /**
     * FortiOS interface names: 1 to 15 characters; {@code any} means every interface in a policy. Fortinet's
     * references state no case rule for interface names (physical ports have fixed lower-case names; VLAN and
     * aggregate names are the user's): refusing names that differ only in case is safe whichever rule the device
     * applies.
     */
    private static final InterfaceNaming INTERFACES = InterfaceNaming.checked(
            Pattern.compile("(?!any$)[A-Za-z0-9][A-Za-z0-9._-]{0,14}"),
            "FortiOS interface names have 1 to 15 letters, digits, '.', '-' or '_'; `any` is reserved",
            n -> "port" + (n + 1)).identifiedBy(InterfaceIdentity.simple(name -> name.toLowerCase(Locale.ROOT),
                    "perhaps without regard to case (Fortinet documents no rule; zonec takes names that differ only "
                            + "in case as one)"));

    public FortinetFortios() {
        super(PLATFORM, INTERFACES, new FortiosRenderer(), new FortiosReadBack(), new BatfishSupport() {
            @Override
            public Reading reading() {
                return Reading.CONFIG;
            }

            @Override
            public String format() {
                return "fortios";
            }

            @Override
            public FilterQuestion filterQuestion() {
                return FilterQuestion.AT_EGRESS_FROM_INGRESS;
            }

            /** The policies name interfaces the file does not define: Batfish needs them to exist. */
            @Override
            public List<String> header(Device device) {
                List<String> lines = new ArrayList<>();
                lines.add("#BATFISH_FORMAT: " + format());
                lines.add("config system global");
                lines.add("    set hostname \"" + device.name() + "\"");
                lines.add("end");
                lines.add("config system interface");
                for (Interface i : device.interfaces()) {
                    lines.add("    edit \"" + i.name() + "\"");
                    lines.add("        set vdom \"root\"");
                    lines.add("        set type physical");
                    lines.add("    next");
                }
                lines.add("end");
                return lines;
            }

            @Override
            public List<KnownGap> knownGaps() {
                return List.of(
                        new KnownGap(Pattern.compile("set schedule \"always\""),
                                "FortiOS requires a schedule on every policy; Batfish 0.36.0 reports `set schedule` as "
                                        + "unrecognised (seen in the recorded session) and models the policy as always "
                                        + "active"),
                        new KnownGap(Pattern.compile("(un)?set (src|dst)addr6( .*)?"),
                                "Batfish's FortiOS grammar has no IPv6 policy addresses (no srcaddr6/dstaddr6 in "
                                        + "FortiosLexer.g4); it models the IPv4 half of the consolidated policy, and "
                                        + "zonec tests only IPv4 flows with Batfish"));
            }
        });
    }
}
