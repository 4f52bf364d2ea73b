package dev.zonec.platform.juniper.readback.srx;

import dev.zonec.model.filter.FilterRule;
import dev.zonec.readback.LineParsing;
import dev.zonec.platform.juniper.readback.JunosCandidate;
import dev.zonec.platform.juniper.readback.JunosWords;
import dev.zonec.platform.juniper.readback.Unprovable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * An SRX configuration as the read-back sees it, filled leaf by leaf from the candidate configuration: zones and
 * their interfaces, address books, applications, policies in creation order per context, the default policy and
 * the IPv6 forwarding mode.
 */
final class SrxConfig {
    /** Hierarchies where a statement the read-back does not understand could change what the SRX forwards. */
    private static final List<List<String>> SENSITIVE = List.of(List.of("security", "policies"),
            List.of("security", "zones", "security-zone"), List.of("security", "address-book"), List.of("applications"),
            List.of("security", "nat"), List.of("security", "forwarding-options"),
            // the grammar reads every interface statement but a filter: SRX firewall filters are not read back
            List.of("interfaces"));

    final Map<String, Set<String>> zoneInterfaces = new LinkedHashMap<>();
    final Map<String, String> interfaceZone = new LinkedHashMap<>();
    final SrxAddresses addresses;
    final SrxApplications applications;
    /** Policies by context and name, in the order Junos evaluates them (creation order). */
    final Map<List<String>, SrxPolicy> policies = new LinkedHashMap<>();
    FilterRule.Action defaultAction = FilterRule.Action.DENY;
    Optional<LineParsing.Line> defaultLine = Optional.empty();
    Optional<String> inet6Mode = Optional.empty();
    Optional<LineParsing.Line> inet6Line = Optional.empty();
    private final Unprovable unprovable;

    SrxConfig(Unprovable unprovable) {
        this.unprovable = unprovable;
        this.addresses = new SrxAddresses(unprovable);
        this.applications = new SrxApplications(unprovable);
    }

    void read(JunosCandidate.Leaf<SrxLeaf> leaf) {
        LineParsing.Line line = leaf.line();
        if (leaf.path().contains("apply-groups")) {
            unprovable.at(line, "configuration groups (`apply-groups`) are not read back");
            return;
        }
        if (leaf.meaning() instanceof SrxLeaf.Unknown) {
            if (leaf.path().isEmpty() || SENSITIVE.stream().anyMatch(p -> JunosCandidate.startsWith(leaf.path(), p))) {
                unprovable.at(line, "a statement that could change what the SRX forwards was not understood");
            }
            return;
        }
        SrxLeaf.Known known = (SrxLeaf.Known) leaf.meaning();
        ParserRuleContext s = known.statement();
        if (s instanceof SrxLineParser.ZoneStatementContext z) {
            zone(z, line);
        } else if (s instanceof SrxLineParser.ZoneBookStatementContext z) {
            addresses.read(SrxAddresses.zoneBook(text(z.zone)), z.bookItem(), line);
        } else if (s instanceof SrxLineParser.BookStatementContext b) {
            addresses.read(text(b.book), b.bookItem(), line);
        } else if (s instanceof SrxLineParser.PolicyStatementContext p) {
            policy(p, known, line);
        } else if (s instanceof SrxLineParser.DefaultPolicyStatementContext d) {
            defaultAction = d.PERMIT_ALL() != null ? FilterRule.Action.PERMIT : FilterRule.Action.DENY;
            defaultLine = Optional.of(line);
        } else if (s instanceof SrxLineParser.Inet6ModeStatementContext m) {
            inet6Mode = Optional.of(text(m.flowMode));
            inet6Line = Optional.of(line);
        } else if (s instanceof SrxLineParser.ApplicationStatementContext a) {
            applications.read(a, (SrxLineParser.ApplicationItemContext) known.item(), line);
        } else if (s instanceof SrxLineParser.ApplicationSetStatementContext a) {
            applications.readSet(a, line);
        }
    }

    private void zone(SrxLineParser.ZoneStatementContext z, LineParsing.Line line) {
        String zone = text(z.zone);
        zoneInterfaces.computeIfAbsent(zone, k -> new LinkedHashSet<>());
        if (z.zoneItem() instanceof SrxLineParser.ZoneInterfaceContext i) {
            String ifl = text(i.ifl);
            String other = interfaceZone.putIfAbsent(ifl, zone);
            if (other != null && !other.equals(zone)) {
                unprovable.at(line, "interface " + ifl + " is in zones `" + other + "` and `" + zone
                        + "`, so the commit fails");
            }
            zoneInterfaces.get(zone).add(ifl);
        }
    }

    private void policy(SrxLineParser.PolicyStatementContext p, SrxLeaf.Known known, LineParsing.Line line) {
        List<String> context = JunosWords.before(p, p.policyItem());
        SrxPolicy policy = policies.computeIfAbsent(context, k -> {
            if (p.context() instanceof SrxLineParser.ZonePairContextContext c) {
                return new SrxPolicy(text(p.name), Optional.of(text(c.from)), Optional.of(text(c.to)), line);
            }
            return new SrxPolicy(text(p.name), Optional.empty(), Optional.empty(), line);
        });
        ParserRuleContext item = known.item();
        SrxPolicy.Value value = new SrxPolicy.Value(known.value(), line);
        if (item instanceof SrxLineParser.MatchSourceContext) {
            policy.sources.add(value);
        } else if (item instanceof SrxLineParser.MatchDestinationContext) {
            policy.destinations.add(value);
        } else if (item instanceof SrxLineParser.MatchApplicationContext) {
            policy.applications.add(value);
        } else if (item instanceof SrxLineParser.MatchFromZoneContext) {
            policy.fromZones.add(value);
        } else if (item instanceof SrxLineParser.MatchToZoneContext) {
            policy.toZones.add(value);
        } else if (item instanceof SrxLineParser.MatchDynamicApplicationContext) {
            policy.dynamicApplications.add(value);
        } else if (item instanceof SrxLineParser.MatchSourceExcludedContext) {
            policy.sourceExcluded = true;
        } else if (item instanceof SrxLineParser.MatchDestinationExcludedContext) {
            policy.destinationExcluded = true;
        } else if (item instanceof SrxLineParser.ThenPermitContext) {
            policy.action = Optional.of(FilterRule.Action.PERMIT);
            policy.actionLine = Optional.of(line);
        } else if (item instanceof SrxLineParser.ThenDenyContext || item instanceof SrxLineParser.ThenRejectContext) {
            // reject answers with a TCP reset or an ICMP unreachable; either way nothing is forwarded
            policy.action = Optional.of(FilterRule.Action.DENY);
            policy.actionLine = Optional.of(line);
        } else if (item instanceof SrxLineParser.PolicySchedulerContext) {
            policy.scheduler = Optional.of(line);
        }
        // descriptions, log and count change no verdict
    }

    private static String text(SrxLineParser.WordContext word) {
        return JunosWords.unquote(word.getText());
    }
}
