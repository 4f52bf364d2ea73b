package dev.zonec.platform.cisco.readback;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Small helpers the platform readers share to turn parse-tree pieces into {@link Statement}s. */
public final class Tokens {

    private Tokens() {}

    /** Each context's text (one token each: options, ports). */
    public static List<String> texts(List<? extends ParserRuleContext> contexts) {
        return contexts.stream().map(ParserRuleContext::getText).toList();
    }

    /** The line's text from the context's {@code from}-th child to its end, as written (spaces kept). */
    public static String rest(ParserRuleContext c, int from) {
        ParseTree child = c.getChild(from);
        Token first = child instanceof ParserRuleContext r ? r.getStart()
                : ((TerminalNode) child).getSymbol();
        return first.getInputStream().getText(Interval.of(first.getStartIndex(), c.getStop().getStopIndex()));
    }

    /**
     * Builds the statement with the entry's sequence number (empty when none is written), or says the number is
     * out of range (the device refuses such a line).
     */
    public static Statement withSequence(Token seq, Function<OptionalLong, Statement> build) {
        if (seq == null) {
            return build.apply(OptionalLong.empty());
        }
        Optional<Long> n = seq.getText().length() > 12 ? Optional.empty() : Optional.of(Long.parseLong(seq.getText()));
        return n.map(v -> build.apply(OptionalLong.of(v)))
                .orElseGet(() -> new Statement.Unsupported("sequence number " + seq.getText() + " is out of range"));
    }
}
