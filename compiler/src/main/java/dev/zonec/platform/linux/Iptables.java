package dev.zonec.platform.linux;

import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Platform;
import dev.zonec.platform.BaseTarget;
import dev.zonec.platform.BatfishSupport;
import dev.zonec.platform.linux.readback.iptables.IptablesReadBack;
import dev.zonec.platform.linux.render.iptables.IptablesRenderer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Linux iptables and ip6tables: stateful FORWARD and INPUT rules (the device's own traffic) in iptables-restore
 * files, one per IP version.
 */
public final class Iptables extends BaseTarget {
    public static final Platform PLATFORM = new Platform("iptables", new Capabilities(true, FilterScope.ZONE_PAIR,
            true, true, 255, NameRule.of("[A-Za-z][A-Za-z0-9_-]*", 28), Map.of(), Capabilities.OwnTraffic.INPUT_CHAIN));

    public Iptables() {
        super(PLATFORM, LinuxInterfaces.NAMING, new IptablesRenderer(), new IptablesReadBack(), new BatfishSupport() {
            @Override
            public Reading reading() {
                return Reading.HOST;
            }

            @Override
            public String format() {
                return "iptables";
            }

            @Override
            public Optional<String> notRead(String file) {
                return file.endsWith(".ip6tables")
                        ? Optional.of("Batfish's host model reads one iptables (IPv4) ruleset, no ip6tables")
                        : Optional.empty();
            }

            @Override
            public String ownChecks() {
                return "zonec's own checks cover it, and CI loads it with iptables-restore --test and into a network "
                        + "namespace";
            }

            /**
             * The jumps from FORWARD and INPUT are deleted before they are inserted first again (an {@code
             * iptables-restore --noflush} load); Batfish reads a ruleset, not a load, and has no {@code -D}.
             */
            @Override
            public List<KnownGap> knownGaps() {
                return List.of(new KnownGap(Pattern.compile(Pattern.quote("-D FORWARD -j zonec-forward") + "|"
                                + Pattern.quote("-D INPUT -j zonec-input")),
                        Pattern.compile(Pattern.quote("Delete command is not supported")), Scope.ANYWHERE,
                        "deletes zonec's jump before the next line inserts it first again; Batfish reads a ruleset, "
                                + "not a load, and zonec counts none of its filter answers on iptables"));
            }

            /** Batfish parses the ruleset only; zonec counts none of its filter answers on it (see parsedOnly). */
            @Override
            public List<KnownIssue> knownIssues() {
                return List.of(
                        new KnownIssue(Pattern.compile(Pattern.quote("Convert warning (redflag)")),
                                Pattern.compile(Pattern.quote("IpTables action type 'CHAIN' is not supported. Skipped ")
                                        + "'(-j zonec-(forward|input)|-[io] [A-Za-z0-9_.@:-]+ -j zonec-(forward|input)-rules)'"),
                                "Batfish's iptables model has no user-defined chain, so it skips the jumps to zonec's "
                                        + "chains; zonec counts none of Batfish's filter answers on iptables"),
                        new KnownIssue(Pattern.compile(Pattern.quote("Convert warning (unimplemented)")),
                                Pattern.compile(Pattern.quote("Do not support complicated iptables rules yet")),
                                "Batfish's host model applies iptables filters to interfaces only when the FORWARD "
                                        + "chain drops nothing (HostConfiguration), and zonec's ends in a drop; zonec "
                                        + "counts none of Batfish's filter answers on iptables"));
            }

            @Override
            public String parsedOnly() {
                return "Batfish drops iptables rules using -m state, -m multiport or port ranges and ignores "
                        + "interface matches, so its filter answers on iptables are not counted";
            }
        });
    }
}
