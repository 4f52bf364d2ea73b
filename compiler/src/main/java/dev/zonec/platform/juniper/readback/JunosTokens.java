package dev.zonec.platform.juniper.readback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.Vocabulary;

/**
 * The tokens of one Junos {@code set} line exactly as the shared lexer grammar ({@code JunosSetLexer.g4}) defines them,
 * cut by hand for the line grammars' ANTLR parsers. The grammar's tokens are simple: a keyword is a whole word that
 * spells it, a quoted string, one of {@code [ ] { } ;}, or any other run of characters up to the next space, quote,
 * bracket, brace or semicolon; spaces separate. ANTLR's generated lexer did that through its state machine, at a few
 * MB a second with the C1 compiler, and each of its tokens kept the lexer and the line's character stream alive as
 * long as the parse tree: most of the read-back's time and memory on a 50 MB file. A character that starts no token
 * (a quote that is never closed) rejects the line, as the lexer's error listener did; {@code JunosTokensTest} holds
 * this tokenizer to the generated lexer.
 */
public final class JunosTokens {
    private final Map<String, Integer> keywords = new HashMap<>();
    private final int string;
    private final int atom;

    /** @param vocabulary the generated lexer's vocabulary: each line grammar numbers the shared tokens its own way */
    public JunosTokens(Vocabulary vocabulary) {
        int string = -1;
        int atom = -1;
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null) {
                keywords.put(literal.substring(1, literal.length() - 1), type);
            }
            if ("STRING".equals(vocabulary.getSymbolicName(type))) {
                string = type;
            } else if ("ATOM".equals(vocabulary.getSymbolicName(type))) {
                atom = type;
            }
        }
        if (string < 0 || atom < 0 || !keywords.containsKey("set") || !keywords.containsKey("[")) {
            throw new IllegalArgumentException("not a vocabulary of the Junos set-line lexer");
        }
        this.string = string;
        this.atom = atom;
    }

    /** The line's tokens, then EOF; empty when a character of it starts no token. */
    public Optional<TokenSource> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (c == '[' || c == ']' || c == '{' || c == '}' || c == ';') {
                tokens.add(token(keywords.get(String.valueOf(c)), text, i, i + 1));
                i++;
            } else if (c == '"') {
                int end = closingQuote(text, i + 1);
                if (end < 0) {
                    return Optional.empty();
                }
                tokens.add(token(string, text, i, end + 1));
                i = end + 1;
            } else {
                int end = i;
                while (end < n && !separates(text.charAt(end))) {
                    end++;
                }
                tokens.add(token(keywords.getOrDefault(text.substring(i, end), atom), text, i, end));
                i = end;
            }
        }
        CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
        eof.setStartIndex(n);
        eof.setStopIndex(n - 1);
        eof.setCharPositionInLine(n);
        tokens.add(eof);
        return Optional.of(new ListTokenSource(tokens));
    }

    /** Where the string opened before {@code from} closes: a backslash escapes any character, a line end never. */
    private static int closingQuote(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                if (j + 1 >= text.length()) {
                    return -1;
                }
                j++;
            } else if (c == '"') {
                return j;
            } else if (c == '\r' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean separates(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '"' || c == '[' || c == ']' || c == '{'
                || c == '}' || c == ';';
    }

    /** A token that holds its own text, not the lexer and the line it came from. */
    private static Token token(int type, String text, int start, int end) {
        CommonToken token = new CommonToken(type, text.substring(start, end));
        token.setStartIndex(start);
        token.setStopIndex(end - 1);
        token.setLine(1);
        token.setCharPositionInLine(start);
        return token;
    }
}
