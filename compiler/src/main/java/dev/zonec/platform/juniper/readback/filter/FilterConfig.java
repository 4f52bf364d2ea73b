package dev.zonec.platform.juniper.readback.filter;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.readback.LineParsing;
import dev.zonec.platform.juniper.readback.JunosCandidate;
import dev.zonec.platform.juniper.readback.JunosPrefixes;
import dev.zonec.platform.juniper.readback.JunosWords;
import dev.zonec.platform.juniper.readback.Unprovable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * A Junos filter configuration as the read-back sees it, filled leaf by leaf from the candidate configuration:
 * prefix lists, filters with their terms in creation order, and the filters bound to each logical unit.
 */
final class FilterConfig {
    /** A filter is named within its family: {@code firewall filter F} is family inet. */
    record FilterName(IpFamily family, String name) {}

    /** Where a filter is bound: a logical unit, a family and a direction. */
    record BindingPoint(String unit, IpFamily family, boolean input) {}

    /** One filter named by a binding, in list order; {@code list} for input-list/output-list. */
    record Binding(String filter, boolean list, LineParsing.Line line) {}

    /**
     * Hierarchies where a statement the read-back does not understand could change what the device forwards; so
     * could any statement naming a filter (a binding other than {@code interfaces IFD unit N family inet|inet6
     * filter}, a VLAN or Layer 2 filter).
     */
    private static final List<List<String>> SENSITIVE = List.of(List.of("firewall"), List.of("forwarding-options"));

    final Map<String, List<AddressBlock>> prefixLists = new LinkedHashMap<>();
    /** Prefix lists holding a statement the read-back does not understand ({@code apply-path}), with its line. */
    final Map<String, LineParsing.Line> unreadPrefixLists = new LinkedHashMap<>();
    final Map<FilterName, Map<String, FilterTerm>> filters = new LinkedHashMap<>();
    final Map<BindingPoint, List<Binding>> bindings = new LinkedHashMap<>();
    private final Unprovable unprovable;

    FilterConfig(Unprovable unprovable) {
        this.unprovable = unprovable;
    }

    void read(JunosCandidate.Leaf<FilterLeaf> leaf) {
        LineParsing.Line line = leaf.line();
        List<String> path = leaf.path();
        if (path.contains("apply-groups")) {
            unprovable.at(line, "configuration groups (`apply-groups`) are not read back");
            return;
        }
        if (leaf.meaning() instanceof FilterLeaf.Unknown) {
            if (path.size() > 2 && path.subList(0, 2).equals(List.of("policy-options", "prefix-list"))) {
                // an entry the read-back cannot read (`apply-path`): the list is unknown, which matters where used
                unreadPrefixLists.putIfAbsent(path.get(2), line);
            } else if (path.isEmpty() || SENSITIVE.stream().anyMatch(p -> JunosCandidate.startsWith(path, p))
                    || path.contains("filter")) {
                unprovable.at(line, "a statement that could change what the device forwards was not understood");
            }
            return;
        }
        FilterLeaf.Known known = (FilterLeaf.Known) leaf.meaning();
        ParserRuleContext s = known.statement();
        if (s instanceof JunosFilterLineParser.TermStatementContext t) {
            term(t, known, line);
        } else if (s instanceof JunosFilterLineParser.FilterSettingStatementContext f) {
            filters.computeIfAbsent(new FilterName(family(f.family), text(f.name)), k -> new LinkedHashMap<>());
        } else if (s instanceof JunosFilterLineParser.PrefixListStatementContext p) {
            prefixEntry(text(p.name), text(p.prefix), line);
        } else if (s instanceof JunosFilterLineParser.BindingStatementContext b) {
            binding(b, known, line);
        }
        // policers, other policy options, interface settings and the ignored hierarchies filter nothing
    }

    Optional<Map<String, FilterTerm>> filter(IpFamily family, String name) {
        return Optional.ofNullable(filters.get(new FilterName(family, name)));
    }

    private void term(JunosFilterLineParser.TermStatementContext t, FilterLeaf.Known known, LineParsing.Line line) {
        String termName = text(t.term);
        FilterTerm term = filters.computeIfAbsent(new FilterName(family(t.family), text(t.name)),
                k -> new LinkedHashMap<>()).computeIfAbsent(termName, k -> new FilterTerm(termName, line));
        ParserRuleContext item = known.item();
        if (item instanceof JunosFilterLineParser.FromItemContext) {
            List<String> words = JunosWords.of(item);
            boolean except = words.size() > 2 && words.get(words.size() - 1).equals("except")
                    && (item instanceof JunosFilterLineParser.AddressItemContext
                    || item instanceof JunosFilterLineParser.PrefixListItemContext);
            term.conditions.add(new FilterTerm.Condition(words.get(0), known.value(), except, line));
        } else if (item instanceof JunosFilterLineParser.AcceptActionContext
                || item instanceof JunosFilterLineParser.DiscardActionContext
                || item instanceof JunosFilterLineParser.RejectActionContext
                || item instanceof JunosFilterLineParser.NextTermActionContext) {
            term.action = Optional.of(JunosWords.of(item).get(0));
            term.actionLine = Optional.of(line);
        } else if (item instanceof JunosFilterLineParser.PolicerActionContext) {
            term.policer = Optional.of(line);
        } else if (item instanceof JunosFilterLineParser.TermFilterContext) {
            term.nestedFilter = Optional.of(line);
        }
        // count, log, syslog, sample, forwarding-class, loss-priority: no verdict of their own
    }

    private void prefixEntry(String list, String text, LineParsing.Line line) {
        Optional<AddressBlock> block = JunosPrefixes.prefix(text);
        if (block.isEmpty()) {
            unreadPrefixLists.putIfAbsent(list, line);
            return;
        }
        prefixLists.computeIfAbsent(list, k -> new ArrayList<>()).add(block.get());
    }

    private void binding(JunosFilterLineParser.BindingStatementContext b, FilterLeaf.Known known,
                         LineParsing.Line line) {
        String unit = text(b.ifd) + "." + text(b.unit);
        boolean input = b.binding().getStart().getText().startsWith("input");
        boolean list = b.binding() instanceof JunosFilterLineParser.ListBindingContext;
        bindings.computeIfAbsent(new BindingPoint(unit, family(b.family), input), k -> new ArrayList<>())
                .add(new Binding(known.value(), list, line));
    }

    private static IpFamily family(org.antlr.v4.runtime.Token family) {
        return family != null && family.getText().equals("inet6") ? IpFamily.V6 : IpFamily.V4;
    }

    private static String text(JunosFilterLineParser.WordContext word) {
        return JunosWords.unquote(word.getText());
    }
}
