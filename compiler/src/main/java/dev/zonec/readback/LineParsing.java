package dev.zonec.readback;

import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import java.util.Optional;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.atn.PredictionMode;

/**
 * Parses config files one line at a time with a platform's line grammar. A line the grammar does not accept is
 * reported as ZC0802 (with its line number) and skipped; the reader decides whether that also breaks the proof.
 */
public final class LineParsing {

    /**
     * A character no token matches rejects the line. ANTLR's lexer would skip it and go on, so `eq 50$2` could be read
     * as `eq 502` or a stray character dropped from an address: a hand edit must not be read as something else.
     */
    private static final BaseErrorListener REJECT = new BaseErrorListener() {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
                                RecognitionException e) {
            throw new ParseCancellationException(msg);
        }
    };

    private LineParsing() {}

    /**
     * A line of a file, with where it is. A line made from its file and number alone takes its text from the file when
     * asked, so that a reader keeping a line for each of a large file's statements (the Junos candidate configuration,
     * until the last line is read) does not keep a copy of the file's text as well.
     */
    public static final class Line {
        private final SourceFile file;
        private final int number;
        private final String text;

        public Line(SourceFile file, int number, String text) {
            this.file = java.util.Objects.requireNonNull(file);
            this.number = number;
            this.text = java.util.Objects.requireNonNull(text);
        }

        /** The line {@code number} of {@code file} as the file holds it (without its line terminator). */
        public Line(SourceFile file, int number) {
            this.file = java.util.Objects.requireNonNull(file);
            this.number = number;
            this.text = null;
        }

        public SourceFile file() {
            return file;
        }

        public int number() {
            return number;
        }

        public String text() {
            return text != null ? text : file.line(number);
        }

        public Span span() {
            return new Span(file, number, 1, Math.max(1, text().length()));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Line other && file.equals(other.file) && number == other.number
                    && text().equals(other.text());
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(file, number, text());
        }

        @Override
        public String toString() {
            return file + ":" + number;
        }
    }

    /**
     * Parses one line; empty when the grammar rejects it (reported as ZC0802).
     *
     * @param lexer  builds the platform lexer for a char stream
     * @param parser builds the parser on the lexer's tokens
     * @param rule   the start rule
     */
    public static <P extends Parser, C extends ParserRuleContext> Optional<C> parse(
            Line line, Function<CharStream, Lexer> lexer, Function<CommonTokenStream, P> parser, Function<P, C> rule,
            Diagnostics diagnostics) {
        // the fast SLL prediction first, full LL only for a line SLL rejects: same answers, as the ANTLR book advises
        Optional<C> parsed = attempt(line, lexer, parser, rule, PredictionMode.SLL);
        if (parsed.isEmpty()) {
            parsed = attempt(line, lexer, parser, rule, PredictionMode.LL);
        }
        if (parsed.isEmpty()) {
            unknown(line, "not understood", diagnostics);
        }
        return parsed;
    }

    /**
     * As above, with the line's tokens cut by hand ({@code tokens}: empty when a character starts no token, which
     * rejects the line as the lexer's error listener does).
     */
    public static <P extends Parser, C extends ParserRuleContext> Optional<C> parseTokens(
            Line line, Function<String, Optional<TokenSource>> tokens, Function<CommonTokenStream, P> parser,
            Function<P, C> rule, Diagnostics diagnostics) {
        Optional<C> parsed = Optional.empty();
        for (PredictionMode mode : new PredictionMode[] {PredictionMode.SLL, PredictionMode.LL}) {
            Optional<TokenSource> source = tokens.apply(line.text());
            if (source.isEmpty()) {
                break;
            }
            parsed = attempt(source.get(), parser, rule, mode);
            if (parsed.isPresent()) {
                break;
            }
        }
        if (parsed.isEmpty()) {
            unknown(line, "not understood", diagnostics);
        }
        return parsed;
    }

    private static <P extends Parser, C extends ParserRuleContext> Optional<C> attempt(
            TokenSource tokens, Function<CommonTokenStream, P> parser, Function<P, C> rule, PredictionMode mode) {
        P p = parser.apply(new CommonTokenStream(tokens));
        p.removeErrorListeners();
        p.setErrorHandler(new BailErrorStrategy());
        p.getInterpreter().setPredictionMode(mode);
        try {
            return Optional.of(rule.apply(p));
        } catch (ParseCancellationException e) {
            return Optional.empty();
        }
    }

    private static <P extends Parser, C extends ParserRuleContext> Optional<C> attempt(
            Line line, Function<CharStream, Lexer> lexer, Function<CommonTokenStream, P> parser, Function<P, C> rule,
            PredictionMode mode) {
        Lexer l = lexer.apply(CharStreams.fromString(line.text()));
        l.removeErrorListeners();
        l.addErrorListener(REJECT);
        return attempt(l, parser, rule, mode); // the lexer runs as the parser pulls tokens, inside its try
    }

    public static void unknown(Line line, String why, Diagnostics diagnostics) {
        diagnostics.report(Diagnostic.warning(Code.ZC0802, "line " + line.number() + " of " + line.file().displayPath()
                        + " is " + why + " by the read-back")
                .at(line.span()).build());
    }

    /** The device's proof is incomplete: something that could change what it forwards was not understood. */
    public static void unprovable(String device, Line line, String why, Diagnostics diagnostics) {
        unprovable(device, line, why, "the read-back does not understand this line, so what the device forwards is "
                + "not known; if the file was edited by hand, regenerate it", diagnostics);
    }

    /**
     * The device's proof is incomplete for a reason the reader states itself: a line it understands but cannot turn
     * into an exact set of packets (a rate-limited accept, a wildcard interface, a command the device would refuse).
     */
    public static void unprovable(String device, Line line, String why, String help, Diagnostics diagnostics) {
        diagnostics.report(Diagnostic.error(Code.ZC0803, "`" + device + "` cannot be proven: " + why)
                .at(line.span())
                .help(help).build());
    }
}
