package dev.zonec.platform.juniper.readback;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.readback.LineParsing;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Applies the commands that edit the candidate configuration rather than add to it ({@code delete},
 * {@code deactivate}, {@code activate}, {@code insert}, {@code annotate}), as parsed by rule {@code edit} of
 * JunosSetCommon in either Junos line grammar.
 */
public final class JunosEdits {

    private JunosEdits() {}

    public static <T> void apply(ParserRuleContext edit, JunosCandidate<T> candidate, LineParsing.Line line,
                                 Diagnostics diagnostics) {
        List<String> words = JunosWords.of(edit);
        String command = words.get(0);
        List<String> path = words.subList(1, words.size());
        switch (command) {
            case "delete" -> candidate.delete(path);
            case "deactivate" -> candidate.deactivate(path);
            case "activate" -> candidate.activate(path);
            case "insert" -> insert(edit, candidate, line, diagnostics);
            default -> {
                // annotate: a comment attached to a statement, nothing the device acts on
            }
        }
    }

    /** {@code insert PATH before|after KEYWORD NAME}: the position word splits the item from its anchor. */
    private static <T> void insert(ParserRuleContext edit, JunosCandidate<T> candidate, LineParsing.Line line,
                                   Diagnostics diagnostics) {
        List<String> item = new ArrayList<>();
        Boolean before = null;
        List<String> anchor = new ArrayList<>();
        for (int i = 1; i < edit.getChildCount(); i++) {
            ParseTree child = edit.getChild(i);
            String text = child.getText();
            if (before == null && child instanceof TerminalNode && (text.equals("before") || text.equals("after"))) {
                before = text.equals("before");
            } else if (before == null) {
                item.addAll(JunosWords.of(child));
            } else {
                anchor.addAll(JunosWords.of(child));
            }
        }
        if (before == null || anchor.size() != 2 || !candidate.insert(item, before, anchor.get(0), anchor.get(1))) {
            LineParsing.unknown(line, "not applied (it moves a statement that does not exist)", diagnostics);
        }
    }
}
