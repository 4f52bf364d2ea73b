package dev.zonec.platform.juniper.readback.filter;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.ReadBack;
import dev.zonec.platform.juniper.readback.JunosCandidate;
import dev.zonec.platform.juniper.readback.JunosCandidate.Leaf;
import dev.zonec.platform.juniper.readback.JunosSetFile;
import dev.zonec.platform.juniper.readback.JunosTokens;
import dev.zonec.platform.juniper.readback.JunosWords;
import dev.zonec.platform.juniper.readback.Unprovable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Reads a Junos (EX, QFX, MX) configuration in {@code set} form back: the stateless firewall filters of family
 * inet and inet6, the prefix lists they use, and the filters bound to logical units. Each bound filter is a stage
 * on its unit (input: packets entering there; output: packets leaving there), its terms in order and the implicit
 * discard at the end; packets of the other IP version pass that stage untouched. Filters keep no state.
 */
public final class JunosFilterReadBack implements ReadBack {


    @Override
    public PacketFilter read(String device, List<SourceFile> files, Diagnostics diagnostics) {
        JunosCandidate<FilterLeaf> candidate = JunosSetFile.read(files, new Reading(), diagnostics);
        Unprovable unprovable = new Unprovable(device, diagnostics);
        FilterConfig config = new FilterConfig(unprovable);
        candidate.active().forEach(config::read);
        return new FilterStages(config, unprovable).filter(device);
    }

    /** The Junos filter line grammar, and which leaves each command adds. */
    private static final class Reading implements JunosSetFile.Reading<FilterLeaf> {
        private static final JunosTokens TOKENS = new JunosTokens(JunosFilterLineLexer.VOCABULARY);
        /** One copy per file of each name and value the leaves keep (filter and term names repeat on every line). */
        private final java.util.Map<String, String> shared = new java.util.HashMap<>();

        private String share(String word) {
            return shared.computeIfAbsent(word, w -> w);
        }

        @Override
        public Optional<ParserRuleContext> parse(LineParsing.Line line, Diagnostics diagnostics) {
            return LineParsing.parseTokens(line, TOKENS::of, JunosFilterLineParser::new, JunosFilterLineParser::line,
                    diagnostics).map(l -> l);
        }

        @Override
        public Optional<ParserRuleContext> edit(ParserRuleContext parsed) {
            return Optional.ofNullable(((JunosFilterLineParser.LineContext) parsed).edit());
        }

        @Override
        public FilterLeaf unknown(List<String> path) {
            return new FilterLeaf.Unknown();
        }

        @Override
        public Function<CharStream, Lexer> lexer() {
            return JunosFilterLineLexer::new;
        }

        @Override
        public List<Leaf<FilterLeaf>> leaves(ParserRuleContext parsed, LineParsing.Line line) {
            JunosFilterLineParser.StatementContext s = ((JunosFilterLineParser.LineContext) parsed).statement();
            if (s == null) {
                return List.of();
            }
            if (s instanceof JunosFilterLineParser.TermStatementContext t) {
                return term(t, line);
            }
            if (s instanceof JunosFilterLineParser.BindingStatementContext b) {
                return binding(b, line);
            }
            return List.of(new Leaf<>(JunosWords.of(s), JunosWords.of(s), line,
                    FilterLeaf.of(s, s, "", this::share)));
        }

        /** One leaf per match value and per action; the terminating action is one choice, the last set wins. */
        private List<Leaf<FilterLeaf>> term(JunosFilterLineParser.TermStatementContext t, LineParsing.Line line) {
            List<String> base = JunosWords.before(t, t.termItem());
            List<Leaf<FilterLeaf>> leaves = new ArrayList<>();
            if (t.termItem() instanceof JunosFilterLineParser.TermFromContext from) {
                for (JunosFilterLineParser.FromItemContext item : from.fromItem()) {
                    List<String> words = JunosWords.of(item);
                    List<String> head = JunosWords.concat(base, "from", words.get(0));
                    if (item instanceof JunosFilterLineParser.AddressItemContext
                            || item instanceof JunosFilterLineParser.PrefixListItemContext) {
                        // `except` is a flag of the entry: setting it again with the flag changes the same entry
                        List<String> key = JunosWords.concat(head, words.get(1));
                        leaves.add(new Leaf<>(JunosWords.concat(head, words.subList(1, words.size())), key, line,
                                FilterLeaf.of(t, item, words.get(1), this::share)));
                    } else if (words.size() == 1) {
                        leaves.add(new Leaf<>(head, head, line, FilterLeaf.of(t, item, "", this::share)));
                    } else {
                        for (String value : words.subList(1, words.size())) {
                            List<String> path = JunosWords.concat(head, value);
                            leaves.add(new Leaf<>(path, path, line, FilterLeaf.of(t, item, value, this::share)));
                        }
                    }
                }
            } else if (t.termItem() instanceof JunosFilterLineParser.TermThenContext then) {
                for (JunosFilterLineParser.ThenItemContext item : then.thenItem()) {
                    List<String> path = JunosWords.concat(JunosWords.concat(base, "then"), JunosWords.of(item));
                    List<String> key = terminating(item) ? JunosWords.concat(base, "then", "*action")
                            : item instanceof JunosFilterLineParser.LogActionContext ? path
                            : path.subList(0, base.size() + 2);
                    leaves.add(new Leaf<>(path, key, line, FilterLeaf.of(t, item, "", this::share)));
                }
            } else {
                List<String> path = JunosWords.of(t);
                leaves.add(new Leaf<>(path, JunosWords.concat(base, "filter"), line,
                        FilterLeaf.of(t, t.termItem(), "", this::share)));
            }
            return leaves;
        }

        /** {@code filter input F} holds one filter; {@code input-list} is a list of them, one leaf each. */
        private List<Leaf<FilterLeaf>> binding(JunosFilterLineParser.BindingStatementContext b,
                                                      LineParsing.Line line) {
            List<String> words = JunosWords.of(b.binding());
            List<String> head = JunosWords.concat(JunosWords.before(b, b.binding()), words.get(0));
            List<Leaf<FilterLeaf>> leaves = new ArrayList<>();
            for (String name : words.subList(1, words.size())) {
                List<String> path = JunosWords.concat(head, name);
                List<String> key = b.binding() instanceof JunosFilterLineParser.SingleBindingContext ? head : path;
                leaves.add(new Leaf<>(path, key, line, FilterLeaf.of(b, b.binding(), name, this::share)));
            }
            return leaves;
        }

        private static boolean terminating(JunosFilterLineParser.ThenItemContext item) {
            return item instanceof JunosFilterLineParser.AcceptActionContext
                    || item instanceof JunosFilterLineParser.DiscardActionContext
                    || item instanceof JunosFilterLineParser.RejectActionContext
                    || item instanceof JunosFilterLineParser.NextTermActionContext;
        }
    }
}
