package dev.zonec.platform.juniper.readback.srx;

import dev.zonec.model.filter.FilterRule;
import dev.zonec.platform.juniper.readback.JunosWords;
import dev.zonec.readback.LineParsing;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * What one leaf of an SRX configuration means to the read-back, taken from the line's parse tree when the leaf is
 * made: the candidate configuration can only be read once the file's last line is, and half a million parse trees
 * kept until then were most of a gigabyte for a core firewall.
 */
sealed interface SrxLeaf {

    /** What a leaf does to the configuration being read, once it is known to survive the file's own edits. */
    @FunctionalInterface
    interface Effect {
        void on(SrxConfig config, LineParsing.Line line);
    }

    /** A statement the grammar understood. */
    record Known(Effect effect) implements SrxLeaf {}

    /** A line the grammar rejected, at the path its words name. */
    record Unknown() implements SrxLeaf {}

    /** Where a policy sits: its context's zones (none for a global policy) and its name. */
    record PolicyKey(Optional<String> from, Optional<String> to, String name) {}

    /** What a policy statement sets. */
    enum PolicyPart {
        SOURCE, DESTINATION, APPLICATION, FROM_ZONE, TO_ZONE, DYNAMIC_APPLICATION, SOURCE_EXCLUDED,
        DESTINATION_EXCLUDED, PERMIT, DENY, SCHEDULER,
        /** A description, log or count: the policy exists, nothing else changes. */
        OTHER
    }

    /**
     * The meaning of a statement the grammar understood: the whole command, the item of it this leaf holds (the
     * statement itself when it has no items), and the one value of a bracketed list this leaf stands for.
     */
    static SrxLeaf of(ParserRuleContext statement, ParserRuleContext item, String value, UnaryOperator<String> shared) {
        return new Known(effect(statement, item, shared.apply(value), shared));
    }

    private static Effect effect(ParserRuleContext s, ParserRuleContext item, String value,
                                 UnaryOperator<String> shared) {
        if (s instanceof SrxLineParser.ZoneStatementContext z) {
            String zone = shared.apply(text(z.zone));
            Optional<String> ifl = z.zoneItem() instanceof SrxLineParser.ZoneInterfaceContext i
                    ? Optional.of(shared.apply(text(i.ifl))) : Optional.empty();
            return (config, line) -> config.zone(zone, ifl, line);
        }
        if (s instanceof SrxLineParser.ZoneBookStatementContext z) {
            String book = SrxAddresses.zoneBook(text(z.zone));
            SrxAddresses.Entry entry = SrxAddresses.entry(z.bookItem());
            return (config, line) -> config.addresses.read(book, entry, line);
        }
        if (s instanceof SrxLineParser.BookStatementContext b) {
            String book = text(b.book);
            SrxAddresses.Entry entry = SrxAddresses.entry(b.bookItem());
            return (config, line) -> config.addresses.read(book, entry, line);
        }
        if (s instanceof SrxLineParser.PolicyStatementContext p) {
            PolicyKey key = p.context() instanceof SrxLineParser.ZonePairContextContext c
                    ? new PolicyKey(Optional.of(shared.apply(text(c.from))), Optional.of(shared.apply(text(c.to))),
                    shared.apply(text(p.name)))
                    : new PolicyKey(Optional.empty(), Optional.empty(), shared.apply(text(p.name)));
            PolicyPart part = part(item);
            return (config, line) -> config.policy(key, part, value, line);
        }
        if (s instanceof SrxLineParser.DefaultPolicyStatementContext d) {
            FilterRule.Action action = d.PERMIT_ALL() != null ? FilterRule.Action.PERMIT : FilterRule.Action.DENY;
            return (config, line) -> config.defaultPolicy(action, line);
        }
        if (s instanceof SrxLineParser.Inet6ModeStatementContext m) {
            String mode = text(m.flowMode);
            return (config, line) -> config.inet6Mode(mode, line);
        }
        if (s instanceof SrxLineParser.ApplicationStatementContext a) {
            return SrxApplications.statement(a, (SrxLineParser.ApplicationItemContext) item);
        }
        if (s instanceof SrxLineParser.ApplicationSetStatementContext a) {
            return SrxApplications.setStatement(a);
        }
        return (config, line) -> { };
    }

    private static PolicyPart part(ParserRuleContext item) {
        if (item instanceof SrxLineParser.MatchSourceContext) {
            return PolicyPart.SOURCE;
        } else if (item instanceof SrxLineParser.MatchDestinationContext) {
            return PolicyPart.DESTINATION;
        } else if (item instanceof SrxLineParser.MatchApplicationContext) {
            return PolicyPart.APPLICATION;
        } else if (item instanceof SrxLineParser.MatchFromZoneContext) {
            return PolicyPart.FROM_ZONE;
        } else if (item instanceof SrxLineParser.MatchToZoneContext) {
            return PolicyPart.TO_ZONE;
        } else if (item instanceof SrxLineParser.MatchDynamicApplicationContext) {
            return PolicyPart.DYNAMIC_APPLICATION;
        } else if (item instanceof SrxLineParser.MatchSourceExcludedContext) {
            return PolicyPart.SOURCE_EXCLUDED;
        } else if (item instanceof SrxLineParser.MatchDestinationExcludedContext) {
            return PolicyPart.DESTINATION_EXCLUDED;
        } else if (item instanceof SrxLineParser.ThenPermitContext) {
            return PolicyPart.PERMIT;
        } else if (item instanceof SrxLineParser.ThenDenyContext || item instanceof SrxLineParser.ThenRejectContext) {
            // reject answers with a TCP reset or an ICMP unreachable; either way nothing is forwarded
            return PolicyPart.DENY;
        } else if (item instanceof SrxLineParser.PolicySchedulerContext) {
            return PolicyPart.SCHEDULER;
        }
        return PolicyPart.OTHER; // descriptions, log and count change no verdict
    }

    private static String text(SrxLineParser.WordContext word) {
        return JunosWords.unquote(word.getText());
    }
}
