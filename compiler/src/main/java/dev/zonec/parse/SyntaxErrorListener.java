package dev.zonec.parse;

import dev.zonec.grammar.ZcParser;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import java.util.Optional;
import java.util.TreeSet;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the first ANTLR syntax error of a statement into a ZC0001 diagnostic with the offending token's span and the
 * tokens that would have been accepted. Later errors in the same statement are usually echoes of the first, so
 * they are dropped.
 */
final class SyntaxErrorListener extends BaseErrorListener {
    private final SourceFile file;
    private final Vocabulary vocabulary;
    private Diagnostic first;

    SyntaxErrorListener(SourceFile file, Vocabulary vocabulary) {
        this.file = file;
        this.vocabulary = vocabulary;
    }

    Optional<Diagnostic> first() {
        return Optional.ofNullable(first);
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column, String msg,
                            RecognitionException e) {
        if (first != null) {
            return;
        }
        Token token = offendingSymbol instanceof Token t ? t : null;
        int length = token == null || (token.getType() == Token.EOF && token.getText().equals("<EOF>")) ? 1
                : token.getText().length();
        Span span = file.spanAtColumn(line, column + 1, length);
        String found = describe(token);
        Diagnostic.Builder d = Diagnostic.error(Code.ZC0001, "unexpected " + found).at(span);
        boolean strayQuote = token != null && token.getType() == ZcParser.BAD_CHAR && token.getText().equals("\"");
        if (recognizer instanceof Parser parser && !strayQuote) {
            IntervalSet expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
            String list = expectedList(expected);
            if (!list.isEmpty()) {
                d.label(span, "expected " + list);
            }
        }
        if (strayQuote) {
            d.help("a string ends on the line it starts on; inside it only \\\" and \\\\ are escapes");
        }
        first = d.build();
    }

    private static String describe(Token token) {
        if (token == null) {
            return "input";
        }
        if (token.getType() == Token.EOF) {
            // in statement-by-statement parsing a statement ends where the next one starts: name that word
            return token.getText().equals("<EOF>") ? "end of file" : "`" + Diagnostic.printable(token.getText()) + "`";
        }
        return "`" + Diagnostic.printable(shorten(token.getText())) + "`";
    }

    /** A token is quoted whole up to 40 characters; a longer one (a 10 MB string) is cut. */
    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** "one of `zone`, `conduit`, a name" — only the tokens a user can type, sorted and readable. */
    private String expectedList(IntervalSet expected) {
        TreeSet<String> words = new TreeSet<>();
        for (int type : expected.toArray()) {
            if (type == Token.EOF) {
                words.add("end of file");
                continue;
            }
            String literal = vocabulary.getLiteralName(type);
            if (literal != null) {
                words.add("`" + literal.substring(1, literal.length() - 1) + "`");
            } else {
                switch (type) {
                    case ZcParser.NAME -> words.add("a name");
                    case ZcParser.INT -> words.add("a number");
                    case ZcParser.DECIMAL -> words.add("a decimal number");
                    case ZcParser.ADDR -> words.add("an address");
                    case ZcParser.STRING -> words.add("a quoted string");
                    default -> { }
                }
            }
        }
        // keywords are also legal names; listing them all would bury the useful alternatives
        if (words.contains("a name")) {
            words.removeIf(w -> w.startsWith("`") && Character.isLetter(w.charAt(1)) && !STRUCTURAL.contains(w));
        }
        if (words.isEmpty()) {
            return "";
        }
        return words.size() == 1 ? words.first() : "one of " + String.join(", ", words);
    }

    private static final java.util.Set<String> STRUCTURAL = java.util.Set.of(
            "`site`", "`service`", "`zone`", "`conduit`", "`require`", "`accept`", "`waive`", "`any`", "`log`",
            "`owner`", "`expires`", "`except`");
}
