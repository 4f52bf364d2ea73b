package dev.zonec.platform.fortinet;

import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Platform;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import dev.zonec.platform.BaseTarget;
import dev.zonec.platform.BatfishSupport;
import dev.zonec.platform.BatfishSupport.KnownGap;
import dev.zonec.platform.InterfaceIdentity;
import dev.zonec.platform.InterfaceNaming;
import dev.zonec.platform.fortinet.readback.FortiosReadBack;
import dev.zonec.platform.fortinet.render.FortiosRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Fortinet FortiOS 7.x: stateful firewall policies by interface pair. No OT function class is inspected yet: no
 * complete, ID-exact FortiGuard application list for any class could be verified in Fortinet's documentation (see
 * docs/platforms/fortinet-fortios.md), so function classes stay ZC0502 on FortiOS. An entry, once verified, is
 * {@code "<FortiGuard application ID> <signature name>"} (the CLI's application list takes the ID).
 */
public final class FortinetFortios extends BaseTarget {
    public static final Platform PLATFORM = new Platform("fortinet-fortios", new Capabilities(true,
            FilterScope.ZONE_PAIR, true, true, 1023, NameRule.of("[A-Za-z0-9][A-Za-z0-9._-]*", 35,
            "all", "none", "any"), Map.of(), Capabilities.OwnTraffic.LOCAL_IN));
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

            /**
             * Batfish turns the policies into each egress interface's outgoing filter (FortiosConfiguration), which
             * picks the policies by the interface the packet entered by.
             */
            @Override
            public FilterQuestion filterQuestion(Device device, Interface ingress, Interface egress, Site site) {
                return new FilterQuestion(new Filter.AppliedOut(interfaceNames(device, egress, site)),
                        interfaceNames(device, ingress, site));
            }

            /**
             * The parts of the device's configuration the policies name and zonec's file does not define: the
             * hostname, the interfaces, and the factory-default address {@code all} and service {@code ALL} the
             * deny policy uses (every FortiGate has them; Batfish knows neither).
             */
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
                lines.addAll(List.of("config firewall address", "    edit \"all\"", "        set subnet 0.0.0.0 0.0.0.0",
                        "    next", "end"));
                lines.addAll(List.of("config firewall service custom", "    edit \"ALL\"", "        set protocol IP",
                        "    next", "end"));
                return lines;
            }

            @Override
            public List<KnownGap> knownGaps() {
                return GAPS;
            }
        });
    }

    /** Batfish's FortiOS model has no IPv6 policy addresses: it keeps a policy's IPv4 half. */
    private static final String IPV6 = "Batfish's FortiOS model has no IPv6 policy addresses; zonec asks Batfish about "
            + "IPv4 packets only";

    private static final List<KnownGap> GAPS = List.of(
            KnownGap.unrecognized("set schedule \"always\"",
                    "FortiOS requires a schedule on every policy; Batfish models every policy as always active"),
            KnownGap.unrecognized("set utm-status disable", "no security profile on the policy; Batfish models none"),
            KnownGap.unrecognized("set logtraffic (all|utm)", "logging; it changes no verdict"),
            KnownGap.unrecognized("set (src|dst)addr6 .+", "the IPv6 addresses of a consolidated policy. " + IPV6
                    + ", and keeps the policy's IPv4 half"),
            new KnownGap(Pattern.compile("edit [0-9]+|unset (src|dst)addr6?|next|end"), KnownGap.UNRECOGNIZED,
                    FortinetFortios::inClearBlock, "the block that clears each policy's addresses of the other IP "
                    + "version, so that a re-applied policy which changed version keeps none: Batfish's grammar has no "
                    + "`unset` in a policy and skips the rest of the block, which holds nothing else"),
            new KnownGap(Pattern.compile("edit ([0-9]+)"),
                    Pattern.compile(Pattern.quote("Policy edit block ignored: srcaddr must be set")),
                    (file, line, warning) -> ipv6Only(file, file.line(line).strip().substring("edit ".length())),
                    "an IPv6-only policy. " + IPV6 + ", so it drops the policy"),
            new KnownGap(Pattern.compile("delete ([0-9]+)"),
                    Pattern.compile("Cannot delete a non-existent policy ([0-9]+)"),
                    (file, line, warning) -> inRemovalBlock(file, line, warning)
                            && !file.text().contains("\n    edit " + warning.group(1) + "\n"),
                    "deletes a policy an earlier output left on the device; Batfish reads this file alone, where the "
                            + "policy never existed"),
            new KnownGap(Pattern.compile("delete \"[^\"]+\"|end"), KnownGap.UNRECOGNIZED, FortinetFortios::inRemovalBlock,
                    "deletes objects an earlier output left on the device, after the policies that used them; "
                            + "Batfish's FortiOS grammar has no `delete` in an object table, and the objects are not in "
                            + "this file"),
            new KnownGap(Pattern.compile("move [0-9]+ (after|before) [0-9]+"),
                    Pattern.compile("Cannot move (around )?a non-existent policy ([0-9]+)"),
                    (file, line, warning) -> ipv6Only(file, warning.group(2)),
                    "moves a policy next to an IPv6-only one, which Batfish drops (see above); Batfish keeps the "
                            + "IPv4 policies in the order the file defines them, the order the moves give"));

    /** The comment that opens the block deleting what an earlier output left (the template's). */
    private static final String REMOVAL_BLOCK = "# zonec: delete what the previous output created";
    /** The comment templates/fortinet-fortios/device.ftl writes over the block that clears the other IP version. */
    private static final String CLEAR_BLOCK = "# zonec: clear each policy's addresses of the other IP version";

    /**
     * Whether a line stands in the block that deletes what an earlier output left: after its comment, which only
     * {@code config}, {@code delete} and {@code end} lines follow.
     */
    private static boolean inRemovalBlock(SourceFile file, int line, MatchResult warning) {
        for (int l = line - 1; l >= 1; l--) {
            String text = file.line(l).strip();
            if (text.startsWith(REMOVAL_BLOCK)) {
                return true;
            }
            if (!text.startsWith("config ") && !text.startsWith("delete ") && !text.equals("end")
                    && !text.startsWith("# objects they used")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the line stands in the block that the clear-block comment opens (before its {@code end}). */
    private static boolean inClearBlock(SourceFile file, int line, MatchResult warning) {
        for (int l = line - 1; l >= 1; l--) {
            String text = file.line(l).strip();
            if (text.startsWith(CLEAR_BLOCK)) {
                return true;
            }
            if (text.equals("end")) {
                return false;
            }
        }
        return false;
    }

    /** Whether policy {@code id}, as the file first defines it, has IPv6 addresses and no IPv4 ones. */
    private static boolean ipv6Only(SourceFile file, String id) {
        boolean inPolicy = false;
        boolean v6 = false;
        for (int l = 1; l <= file.lineCount(); l++) {
            String text = file.line(l).strip();
            if (!inPolicy) {
                inPolicy = text.equals("edit " + id);
                continue;
            }
            if (text.equals("next")) {
                return v6;
            }
            if (text.startsWith("set srcaddr ") || text.startsWith("set dstaddr ")) {
                return false;
            }
            v6 |= text.startsWith("set srcaddr6 ");
        }
        return false;
    }
}
