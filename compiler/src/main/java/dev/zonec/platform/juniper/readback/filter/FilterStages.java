package dev.zonec.platform.juniper.readback.filter;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.FilterStage;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.IpFamily;
import dev.zonec.readback.LineParsing;
import dev.zonec.platform.juniper.readback.Unprovable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the filters bound to logical units into stages. A bound filter (or filter list, whose filters are
 * evaluated in order as one) is a stage on its unit, in or out, for its IP version: its terms, then the implicit
 * discard, while the other version passes it untouched. A unit without a filter for a version forwards that
 * version unfiltered.
 *
 * <p>One assumption about the device beyond the file: when the file binds no {@code family inet6} filter on any
 * unit, the device is read as not routing IPv6 (its units have no {@code family inet6}). zonec binds inet6 filters on
 * every unit it faces whenever the site has IPv6, and a file with none belongs to an IPv4-only site.
 */
final class FilterStages {
    private final FilterConfig config;
    private final Unprovable unprovable;
    private final TermRules terms;

    FilterStages(FilterConfig config, Unprovable unprovable) {
        this.config = config;
        this.unprovable = unprovable;
        this.terms = new TermRules(config, unprovable);
    }

    PacketFilter filter(String device) {
        List<FilterStage> stages = new ArrayList<>();
        Optional<LineParsing.Line> anyLine = Optional.empty();
        for (Map.Entry<FilterConfig.BindingPoint, List<FilterConfig.Binding>> e : config.bindings.entrySet()) {
            anyLine = anyLine.or(() -> Optional.of(e.getValue().get(0).line()));
            stage(e.getKey(), e.getValue()).ifPresent(stages::add);
        }
        boolean inet6 = config.bindings.keySet().stream().anyMatch(b -> b.family() == IpFamily.V6);
        if (!inet6 && anyLine.isPresent()) {
            LineParsing.Line line = anyLine.get();
            // the deny is reported at the first binding: the file binds filters of family inet only
            stages.add(new FilterStage("no family inet6 filter: IPv6 is not routed", Set.of(), Set.of(),
                    List.of(new FilterRule(Set.of(), Set.of(), FilterMatch.any().withFamily(IpFamily.V6),
                            FilterRule.Action.DENY, line.file().displayPath(), line.number())),
                    FilterRule.Action.PERMIT));
        }
        return new PacketFilter(device, false, stages);
    }

    private Optional<FilterStage> stage(FilterConfig.BindingPoint point, List<FilterConfig.Binding> bindings) {
        LineParsing.Line line = bindings.get(0).line();
        if (bindings.stream().map(FilterConfig.Binding::list).distinct().count() > 1) {
            unprovable.at(line, point.unit() + " has both a filter and a filter list in one direction, so the commit "
                    + "fails");
            return Optional.empty();
        }
        IpFamily other = point.family() == IpFamily.V4 ? IpFamily.V6 : IpFamily.V4;
        List<FilterRule> rules = new ArrayList<>();
        rules.add(new FilterRule(Set.of(), Set.of(), FilterMatch.any().withFamily(other), FilterRule.Action.PERMIT,
                line.file().displayPath(), line.number()));
        List<String> names = new ArrayList<>();
        boolean read = true;
        for (FilterConfig.Binding b : bindings) {
            Optional<Map<String, FilterTerm>> filter = config.filter(point.family(), b.filter());
            if (filter.isEmpty()) {
                unprovable.at(b.line(), "filter `" + b.filter() + "` is not defined in family "
                        + (point.family() == IpFamily.V4 ? "inet" : "inet6") + ", so the commit fails");
                return Optional.empty();
            }
            for (FilterTerm term : filter.get().values()) {
                // every term is read, so that each one the read-back cannot prove is reported
                Optional<List<FilterRule>> termRules = terms.rules(term, point.family());
                read &= termRules.isPresent();
                termRules.ifPresent(rules::addAll);
            }
            names.add(b.filter());
        }
        if (!read) {
            return Optional.empty();
        }
        Set<String> unit = Set.of(point.unit());
        String name = (point.input() ? "input" : "output") + " filter " + String.join(", ", names) + " on "
                + point.unit();
        return Optional.of(new FilterStage(name, point.input() ? unit : Set.of(), point.input() ? Set.of() : unit,
                rules, FilterRule.Action.DENY));
    }
}
