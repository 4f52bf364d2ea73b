package dev.zonec.platform.juniper.readback;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The words of a Junos command as the configuration addresses them: quoted values without their quotes, list
 * brackets dropped. Works on any parse tree of the Junos line grammars, so both readers share it.
 */
public final class JunosWords {

    private JunosWords() {}

    /** Every word under {@code tree}, in order. */
    public static List<String> of(ParseTree tree) {
        List<String> words = new ArrayList<>();
        collect(tree, Integer.MAX_VALUE, words);
        return words;
    }

    /** The words of {@code outer} before {@code inner} starts: the path of the hierarchy {@code inner} sits in. */
    public static List<String> before(ParserRuleContext outer, ParserRuleContext inner) {
        List<String> words = new ArrayList<>();
        collect(outer, inner.getStart().getTokenIndex(), words);
        return words;
    }

    /** Appends words to a path (a new list). */
    public static List<String> concat(List<String> path, List<String> more) {
        List<String> all = new ArrayList<>(path);
        all.addAll(more);
        return all;
    }

    public static List<String> concat(List<String> path, String... more) {
        return concat(path, List.of(more));
    }

    /** A word's value: a quoted string without its quotes (Junos escapes a quote inside with a backslash). */
    public static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return text;
    }

    private static void collect(ParseTree tree, int beforeToken, List<String> words) {
        if (tree instanceof TerminalNode t) {
            Token token = t.getSymbol();
            String text = token.getText();
            if (token.getType() != Token.EOF && token.getTokenIndex() < beforeToken && !text.equals("[")
                    && !text.equals("]")) {
                words.add(unquote(text));
            }
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collect(tree.getChild(i), beforeToken, words);
        }
    }
}
