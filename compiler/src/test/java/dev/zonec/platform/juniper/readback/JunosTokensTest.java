package dev.zonec.platform.juniper.readback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.platform.juniper.readback.filter.JunosFilterLineLexer;
import dev.zonec.platform.juniper.readback.srx.SrxLineLexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * The hand-cut tokens of a Junos {@code set} line are exactly those of the ANTLR lexer generated from
 * {@code JunosSetLexer.g4}, for both line grammars (each numbers the tokens its own way): same types, same texts, and
 * the same lines rejected, on every line of the golden Junos and SRX files and on random lines of keywords, names,
 * quoted strings with escapes, brackets, braces, semicolons, odd whitespace and unclosed quotes.
 */
class JunosTokensTest {
    private static final Path GOLDEN = Path.of(System.getProperty("zonec.repo", "..")).resolve("golden-tests");

    @Test
    void everyGoldenLineTokenizesAsTheGeneratedLexerDoes() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".srx") || p.toString().endsWith(".junos")).toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        assertTrue(lines.size() > 500, "golden lines: " + lines.size());
        lines.forEach(JunosTokensTest::same);
    }

    @Test
    void randomLinesTokenizeAsTheGeneratedLexerDoes() {
        Random random = new Random(62443);
        Vocabulary v = SrxLineLexer.VOCABULARY;
        List<String> keywords = new ArrayList<>();
        for (int type = 1; type <= v.getMaxTokenType(); type++) {
            if (v.getLiteralName(type) != null) {
                String literal = v.getLiteralName(type);
                keywords.add(literal.substring(1, literal.length() - 1));
            }
        }
        List<String> pieces = List.of(" ", "  ", "\t", "\r", "\"", "\\", "\\\"", "\"a b\"", "\"x\\\"y\"", "[", "]", "{",
                "}", ";", "10.1.1.0/24", "ge-0/0/1.0", "2001:db8::/32", "a", "setx", "-", "é", "\u00a0", "#", "'", "\f");
        int rejected = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder line = new StringBuilder();
            for (int w = 0, words = 1 + random.nextInt(10); w < words; w++) {
                line.append(random.nextInt(3) == 0 ? pieces.get(random.nextInt(pieces.size()))
                        : keywords.get(random.nextInt(keywords.size())));
                if (random.nextInt(4) != 0) {
                    line.append(' ');
                }
            }
            rejected += same(line.toString()) ? 0 : 1;
        }
        assertTrue(rejected > 100 && rejected < 19_000, "lines rejected by both: " + rejected);
    }

    /** Both ways agree on the line; false when both reject it. */
    private static boolean same(String line) {
        boolean srx = same(line, SrxLineLexer.VOCABULARY, new SrxLineLexer(CharStreams.fromString(line)));
        boolean filter = same(line, JunosFilterLineLexer.VOCABULARY,
                new JunosFilterLineLexer(CharStreams.fromString(line)));
        assertEquals(srx, filter, line);
        return srx;
    }

    private static boolean same(String line, Vocabulary vocabulary, Lexer generated) {
        Optional<List<String>> expected = tokens(generated);
        Optional<TokenSource> cut = new JunosTokens(vocabulary).of(line);
        assertEquals(expected.isPresent(), cut.isPresent(), "rejected or not: `" + line + "`");
        if (cut.isEmpty()) {
            return false;
        }
        List<String> actual = new ArrayList<>();
        for (Token t = cut.get().nextToken(); ; t = cut.get().nextToken()) {
            actual.add(t.getType() + ":" + t.getText());
            if (t.getType() == Token.EOF) {
                break;
            }
        }
        assertEquals(expected.get(), actual, "`" + line + "`");
        assertFalse(actual.isEmpty());
        return true;
    }

    /** The generated lexer's tokens (type and text) with EOF, or empty when a character matches no token. */
    private static Optional<List<String>> tokens(Lexer lexer) {
        boolean[] failed = {false};
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object symbol, int l, int c, String msg, RecognitionException e) {
                failed[0] = true;
            }
        });
        List<String> tokens = new ArrayList<>();
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            tokens.add(t.getType() + ":" + (t.getType() == Token.EOF ? "<EOF>" : t.getText()));
            if (t.getType() == Token.EOF) {
                break;
            }
        }
        return failed[0] ? Optional.empty() : Optional.of(tokens);
    }
}
