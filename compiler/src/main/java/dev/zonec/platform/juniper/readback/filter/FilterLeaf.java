package dev.zonec.platform.juniper.readback.filter;

import dev.zonec.model.site.IpFamily;
import dev.zonec.platform.juniper.readback.JunosWords;
import dev.zonec.platform.juniper.readback.filter.FilterConfig.FilterName;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * What one leaf of a Junos filter configuration means to the read-back, taken from the line's parse tree when the
 * leaf is made: a file of half a million lines would otherwise keep half a million parse trees until its last line
 * is read (the candidate configuration can only be read then), 2 GB for a core switch's filters.
 */
sealed interface FilterLeaf {

    /** A match condition of a term: its keyword, the one value this leaf stands for, and the {@code except} flag. */
    record Condition(FilterName filter, String term, String keyword, String value, boolean except)
            implements FilterLeaf {}

    /** The terminating action of a term: {@code accept}, {@code discard}, {@code reject} or {@code next}. */
    record Action(FilterName filter, String term, String action) implements FilterLeaf {}

    /** A policer on a term: the read-back cannot turn its rate into a verdict. */
    record Policer(FilterName filter, String term) implements FilterLeaf {}

    /** A term that calls another filter. */
    record NestedFilter(FilterName filter, String term) implements FilterLeaf {}

    /** A statement of a term with no verdict of its own (count, log, syslog, sample, forwarding class). */
    record TermOther(FilterName filter, String term) implements FilterLeaf {}

    /** A setting of a filter: the filter exists. */
    record Setting(FilterName filter) implements FilterLeaf {}

    /** One entry of a prefix list, as written. */
    record PrefixEntry(String list, String prefix) implements FilterLeaf {}

    /** One filter bound to a logical unit's family, in a direction; {@code list} for input-list/output-list. */
    record Binding(String unit, IpFamily family, boolean input, boolean list, String filter) implements FilterLeaf {}

    /** A statement the grammar understood that filters nothing (policers, other policy options, interface settings). */
    record Other() implements FilterLeaf {}

    /** A line the grammar rejected, at the path its words name. */
    record Unknown() implements FilterLeaf {}

    /**
     * The meaning of a statement the grammar understood: the whole command, the item of it this leaf holds (the
     * statement itself when it has no items), and the one value of a bracketed list this leaf stands for.
     */
    static FilterLeaf of(ParserRuleContext statement, ParserRuleContext item, String value) {
        return of(statement, item, value, w -> w);
    }

    /** As above, each name and value through {@code shared} (one copy per file of each). */
    static FilterLeaf of(ParserRuleContext statement, ParserRuleContext item, String value,
                         java.util.function.UnaryOperator<String> shared) {
        if (statement instanceof JunosFilterLineParser.TermStatementContext t) {
            FilterName filter = new FilterName(family(t.family), shared.apply(text(t.name)));
            String term = shared.apply(text(t.term));
            if (item instanceof JunosFilterLineParser.FromItemContext) {
                java.util.List<String> words = JunosWords.of(item);
                boolean except = words.size() > 2 && words.get(words.size() - 1).equals("except")
                        && (item instanceof JunosFilterLineParser.AddressItemContext
                        || item instanceof JunosFilterLineParser.PrefixListItemContext);
                return new Condition(filter, term, shared.apply(words.get(0)), shared.apply(value), except);
            }
            if (item instanceof JunosFilterLineParser.AcceptActionContext
                    || item instanceof JunosFilterLineParser.DiscardActionContext
                    || item instanceof JunosFilterLineParser.RejectActionContext
                    || item instanceof JunosFilterLineParser.NextTermActionContext) {
                return new Action(filter, term, JunosWords.of(item).get(0));
            }
            if (item instanceof JunosFilterLineParser.PolicerActionContext) {
                return new Policer(filter, term);
            }
            if (item instanceof JunosFilterLineParser.TermFilterContext) {
                return new NestedFilter(filter, term);
            }
            return new TermOther(filter, term);
        }
        if (statement instanceof JunosFilterLineParser.FilterSettingStatementContext f) {
            return new Setting(new FilterName(family(f.family), text(f.name)));
        }
        if (statement instanceof JunosFilterLineParser.PrefixListStatementContext p) {
            return new PrefixEntry(text(p.name), text(p.prefix));
        }
        if (statement instanceof JunosFilterLineParser.BindingStatementContext b) {
            String unit = text(b.ifd) + "." + text(b.unit);
            boolean input = b.binding().getStart().getText().startsWith("input");
            boolean list = b.binding() instanceof JunosFilterLineParser.ListBindingContext;
            return new Binding(shared.apply(unit), family(b.family), input, list, shared.apply(value));
        }
        return new Other();
    }

    private static IpFamily family(Token family) {
        return family != null && family.getText().equals("inet6") ? IpFamily.V6 : IpFamily.V4;
    }

    private static String text(JunosFilterLineParser.WordContext word) {
        return JunosWords.unquote(word.getText());
    }
}
