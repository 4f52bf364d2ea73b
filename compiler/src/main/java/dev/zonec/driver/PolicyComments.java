package dev.zonec.driver;

import dev.zonec.grammar.ZcLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;

/** Which character offsets of a policy text lie outside its comments: the lexer's tokens cover all the rest. */
final class PolicyComments {

    private PolicyComments() {}

    /**
     * The offsets of {@code offsets} that some token covers. Comments and white space are skipped by the lexer, and
     * U+FFFD cannot be white space, so an offset no token covers is inside a comment. Offsets are in UTF-16 units;
     * the lexer counts code points, so the text is walked alongside.
     */
    static List<Integer> outside(String text, List<Integer> offsets) {
        ZcLexer lexer = new ZcLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<int[]> covered = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            covered.add(new int[] {t.getStartIndex(), t.getStopIndex()});
        }
        // both lists ascend: one merge pass
        List<Integer> result = new ArrayList<>();
        int token = 0;
        int counted = 0;
        int codePoint = 0;
        for (int offset : offsets) {
            codePoint += text.codePointCount(counted, offset);
            counted = offset;
            while (token < covered.size() && covered.get(token)[1] < codePoint) {
                token++;
            }
            if (token < covered.size() && covered.get(token)[0] <= codePoint) {
                result.add(offset);
            }
        }
        return result;
    }
}
