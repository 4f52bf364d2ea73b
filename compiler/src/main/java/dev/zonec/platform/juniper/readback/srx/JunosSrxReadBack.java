package dev.zonec.platform.juniper.readback.srx;

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
 * Reads a Juniper SRX configuration in {@code set} form back: security zones and the logical interfaces in them (as
 * the files say, or as the operator set them up, for interfaces the files put in no zone),
 * address books, applications, and the security policies, as one zone-based rule base (a stage for every interface
 * pair whose rules carry the interfaces of their from-zone and to-zone). The SRX is stateful: a permitted session's
 * replies are part of the session.
 */
public final class JunosSrxReadBack implements ReadBack {


    @Override
    public PacketFilter read(String device, List<SourceFile> files, Diagnostics diagnostics) {
        return read(device, files, java.util.Map.of(), diagnostics);
    }

    /**
     * As the files say, with every interface they put in no zone in the zone the operator set up for it ({@code zones}):
     * zonec's files leave zone membership to the operator.
     */
    @Override
    public PacketFilter read(String device, List<SourceFile> files, java.util.Map<String, String> zones,
                             Diagnostics diagnostics) {
        JunosCandidate<SrxLeaf> candidate = JunosSetFile.read(files, new Reading(), diagnostics);
        Unprovable unprovable = new Unprovable(device, diagnostics);
        SrxConfig config = new SrxConfig(unprovable);
        candidate.active().forEach(config::read);
        config.setUp(zones);
        return new SrxRules(config, unprovable).filter(device);
    }

    /** The SRX line grammar, and which leaves each command adds. */
    private static final class Reading implements JunosSetFile.Reading<SrxLeaf> {
        private static final JunosTokens TOKENS = new JunosTokens(SrxLineLexer.VOCABULARY);
        /** One copy per file of each name and value the leaves keep (zone and policy names repeat on every line). */
        private final java.util.Map<String, String> shared = new java.util.HashMap<>();

        private String share(String word) {
            return shared.computeIfAbsent(word, w -> w);
        }

        @Override
        public Optional<ParserRuleContext> parse(LineParsing.Line line, Diagnostics diagnostics) {
            return LineParsing.parseTokens(line, TOKENS::of, SrxLineParser::new, SrxLineParser::line, diagnostics)
                    .map(l -> l);
        }

        @Override
        public Optional<ParserRuleContext> edit(ParserRuleContext parsed) {
            return Optional.ofNullable(((SrxLineParser.LineContext) parsed).edit());
        }

        @Override
        public SrxLeaf unknown(List<String> path) {
            return new SrxLeaf.Unknown();
        }

        @Override
        public Function<CharStream, Lexer> lexer() {
            return SrxLineLexer::new;
        }

        @Override
        public List<Leaf<SrxLeaf>> leaves(ParserRuleContext parsed, LineParsing.Line line) {
            SrxLineParser.StatementContext s = ((SrxLineParser.LineContext) parsed).statement();
            if (s == null) {
                return List.of();
            }
            List<String> words = JunosWords.of(s);
            if (s instanceof SrxLineParser.ZoneBookStatementContext z) {
                return List.of(book(s, z.bookItem(), line));
            }
            if (s instanceof SrxLineParser.BookStatementContext b) {
                return List.of(book(s, b.bookItem(), line));
            }
            if (s instanceof SrxLineParser.ZoneStatementContext z) {
                boolean single = z.zoneItem() instanceof SrxLineParser.ZoneDescriptionContext;
                return List.of(leaf(words, single ? 1 : 0, s, z.zoneItem(), "", line));
            }
            if (s instanceof SrxLineParser.PolicyStatementContext p) {
                return policy(p, line);
            }
            if (s instanceof SrxLineParser.ApplicationStatementContext a) {
                List<String> base = JunosWords.before(s, a.applicationItem(0));
                List<Leaf<SrxLeaf>> leaves = new ArrayList<>();
                for (SrxLineParser.ApplicationItemContext item : a.applicationItem()) {
                    leaves.add(leaf(JunosWords.concat(base, JunosWords.of(item)), 1, s, item, "", line));
                }
                return leaves;
            }
            boolean single = s instanceof SrxLineParser.DefaultPolicyStatementContext
                    || s instanceof SrxLineParser.Inet6ModeStatementContext
                    || s instanceof SrxLineParser.ApplicationDescriptionContext
                    || s instanceof SrxLineParser.ApplicationSetStatementContext m
                    && m.setMember() instanceof SrxLineParser.MemberDescriptionContext;
            return List.of(leaf(words, single ? 1 : 0, s, s, "", line));
        }

        /** An address book entry: one value per address (prefix, range, wildcard or DNS name), sets are lists. */
        private Leaf<SrxLeaf> book(SrxLineParser.StatementContext s, SrxLineParser.BookItemContext item,
                                          LineParsing.Line line) {
            List<String> words = JunosWords.of(s);
            if (item instanceof SrxLineParser.AddressPrefixContext || item instanceof SrxLineParser.AddressRangeContext
                    || item instanceof SrxLineParser.AddressWildcardContext
                    || item instanceof SrxLineParser.AddressDnsContext) {
                List<String> address = JunosWords.concat(JunosWords.before(s, item), "address",
                        JunosWords.of(item).get(1));
                return new Leaf<>(words, JunosWords.concat(address, "*value"), line,
                        SrxLeaf.of(s, item, "", this::share));
            }
            boolean single = item instanceof SrxLineParser.AddressDescriptionContext
                    || item instanceof SrxLineParser.SetDescriptionContext
                    || item instanceof SrxLineParser.BookDescriptionContext;
            return leaf(words, single ? 1 : 0, s, item, "", line);
        }

        /** One leaf per match value, per action and per log flag, so that `delete` and `set` address each alone. */
        private List<Leaf<SrxLeaf>> policy(SrxLineParser.PolicyStatementContext p, LineParsing.Line line) {
            List<String> base = JunosWords.before(p, p.policyItem());
            List<Leaf<SrxLeaf>> leaves = new ArrayList<>();
            SrxLineParser.PolicyItemContext item = p.policyItem();
            if (item instanceof SrxLineParser.PolicyMatchContext m) {
                for (SrxLineParser.MatchItemContext match : m.matchItem()) {
                    List<String> words = JunosWords.of(match);
                    List<String> head = JunosWords.concat(base, "match", words.get(0));
                    if (words.size() == 1) {
                        leaves.add(leaf(head, 0, p, match, "", line));
                    }
                    for (String value : words.subList(1, words.size())) {
                        leaves.add(leaf(JunosWords.concat(head, value), 0, p, match, value, line));
                    }
                }
            } else if (item instanceof SrxLineParser.PolicyThenContext t) {
                for (SrxLineParser.ThenItemContext action : t.thenItem()) {
                    List<String> words = JunosWords.concat(JunosWords.concat(base, "then"), JunosWords.of(action));
                    if (action instanceof SrxLineParser.ThenLogContext) {
                        for (String flag : words.subList(base.size() + 2, words.size())) {
                            leaves.add(leaf(JunosWords.concat(base, "then", "log", flag), 0, p, action, flag, line));
                        }
                    } else if (action instanceof SrxLineParser.ThenCountContext) {
                        leaves.add(leaf(words, 0, p, action, "", line));
                    } else {
                        // permit, deny and reject are one choice: the last one set wins
                        leaves.add(new Leaf<>(words, JunosWords.concat(base, "then", "*action"), line,
                                SrxLeaf.of(p, action, "", this::share)));
                    }
                }
            } else {
                leaves.add(leaf(JunosWords.of(p), 1, p, item, "", line));
            }
            return leaves;
        }

        /** A leaf whose key drops the last {@code valueWords} words (a single-valued statement) or none (a list). */
        private Leaf<SrxLeaf> leaf(List<String> path, int valueWords, ParserRuleContext statement,
                                          ParserRuleContext item, String value, LineParsing.Line line) {
            List<String> key = valueWords == 0 ? path
                    : JunosWords.concat(path.subList(0, Math.max(0, path.size() - valueWords)), "*value");
            return new Leaf<>(path, key, line, SrxLeaf.of(statement, item, value, this::share));
        }
    }
}
