package dev.zonec.platform.juniper.readback.filter;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.readback.LineParsing;
import dev.zonec.platform.juniper.readback.JunosCandidate;
import dev.zonec.platform.juniper.readback.JunosPrefixes;
import dev.zonec.platform.juniper.readback.Unprovable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        FilterLeaf meaning = leaf.meaning();
        if (meaning instanceof FilterLeaf.Condition c) {
            term(c.filter(), c.term(), line).conditions.add(new FilterTerm.Condition(c.keyword(), c.value(), c.except(),
                    line));
        } else if (meaning instanceof FilterLeaf.Action a) {
            FilterTerm term = term(a.filter(), a.term(), line);
            term.action = Optional.of(a.action());
            term.actionLine = Optional.of(line);
        } else if (meaning instanceof FilterLeaf.Policer p) {
            term(p.filter(), p.term(), line).policer = Optional.of(line);
        } else if (meaning instanceof FilterLeaf.NestedFilter n) {
            term(n.filter(), n.term(), line).nestedFilter = Optional.of(line);
        } else if (meaning instanceof FilterLeaf.TermOther o) {
            term(o.filter(), o.term(), line); // count, log, syslog, sample, forwarding-class: no verdict of their own
        } else if (meaning instanceof FilterLeaf.Setting f) {
            filters.computeIfAbsent(f.filter(), k -> new LinkedHashMap<>());
        } else if (meaning instanceof FilterLeaf.PrefixEntry p) {
            prefixEntry(p.list(), p.prefix(), line);
        } else if (meaning instanceof FilterLeaf.Binding b) {
            bindings.computeIfAbsent(new BindingPoint(b.unit(), b.family(), b.input()), k -> new ArrayList<>())
                    .add(new Binding(b.filter(), b.list(), line));
        }
        // policers, other policy options, interface settings and the ignored hierarchies filter nothing
    }

    Optional<Map<String, FilterTerm>> filter(IpFamily family, String name) {
        return Optional.ofNullable(filters.get(new FilterName(family, name)));
    }

    /** The term a leaf belongs to, made (with the leaf's line as its first) when its first leaf is read. */
    private FilterTerm term(FilterName filter, String name, LineParsing.Line line) {
        return filters.computeIfAbsent(filter, k -> new LinkedHashMap<>())
                .computeIfAbsent(name, k -> new FilterTerm(name, line));
    }

    private void prefixEntry(String list, String text, LineParsing.Line line) {
        Optional<AddressBlock> block = JunosPrefixes.prefix(text);
        if (block.isEmpty()) {
            unreadPrefixLists.putIfAbsent(list, line);
            return;
        }
        prefixLists.computeIfAbsent(list, k -> new ArrayList<>()).add(block.get());
    }
}
