package dev.zonec.platform.juniper.render.filter;

import dev.zonec.render.ConfigText;
import java.util.List;

/**
 * What the juniper-junos template prints as {@code set}/{@code delete} statements; every string is a validated name,
 * a keyword, a number or an address: no user free text reaches this view.
 */
public record JunosView(List<String> header, List<String> deletions, List<PrefixList> prefixLists, List<Filter> filters,
                        List<Binding> bindings) {

    public JunosView {
        header.forEach(ConfigText::line);
        deletions.forEach(ConfigText::line);
        header = List.copyOf(header);
        deletions = List.copyOf(deletions);
        prefixLists = List.copyOf(prefixLists);
        filters = List.copyOf(filters);
        bindings = List.copyOf(bindings);
    }

    /** {@code policy-options prefix-list NAME} and its prefixes. */
    public record PrefixList(String name, List<String> prefixes) {
        public PrefixList {
            ConfigText.line(name);
            prefixes.forEach(ConfigText::line);
            prefixes = List.copyOf(prefixes);
        }
    }

    /** {@code firewall family FAMILY filter NAME} and its terms in order. */
    public record Filter(String family, String name, List<Term> terms) {
        public Filter {
            ConfigText.line(family);
            ConfigText.line(name);
            terms = List.copyOf(terms);
        }
    }

    /** One term: its {@code from} match conditions (all must match) and its {@code then} actions. */
    public record Term(String name, List<String> from, List<String> then) {
        public Term {
            ConfigText.line(name);
            from.forEach(ConfigText::line);
            then.forEach(ConfigText::line);
            from = List.copyOf(from);
            then = List.copyOf(then);
        }
    }

    /** {@code interfaces IFD unit UNIT family FAMILY filter input FILTER}. */
    public record Binding(String ifd, String unit, String family, String filter) {
        public Binding {
            ConfigText.line(ifd);
            ConfigText.line(unit);
            ConfigText.line(family);
            ConfigText.line(filter);
        }
    }
}
