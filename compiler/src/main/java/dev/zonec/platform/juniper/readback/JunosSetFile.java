package dev.zonec.platform.juniper.readback;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.LineParsing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Reads files of Junos {@code set} commands into the candidate configuration they leave behind, with one
 * platform's line grammar. Lines starting with {@code #} are comments ({@code load set} ignores them). A line the
 * grammar rejects is a ZC0802 warning and becomes an unknown leaf at the path its words name, so the reader can
 * tell whether it survives the file's own {@code delete} lines and whether it sits where it could change
 * forwarding; a line that is not a {@code set} command at all (the curly-brace form, {@code edit}, {@code top})
 * could be anywhere, so its path is empty.
 */
public final class JunosSetFile {

    /** What one platform's grammar makes of a line. */
    public interface Reading<T> {
        /** Parses one line with the platform grammar (reporting ZC0802 when it is rejected). */
        Optional<ParserRuleContext> parse(LineParsing.Line line, Diagnostics diagnostics);

        /** The {@code edit} command of a parsed line ({@code delete}, {@code insert}...), if it is one. */
        Optional<ParserRuleContext> edit(ParserRuleContext parsed);

        /** The leaves a parsed {@code set} command adds. */
        List<JunosCandidate.Leaf<T>> leaves(ParserRuleContext parsed, LineParsing.Line line);

        /** The meaning of a line the grammar rejected, at {@code path} (empty when not a {@code set} line). */
        T unknown(List<String> path);

        Function<CharStream, Lexer> lexer();
    }

    private JunosSetFile() {}

    public static <T> JunosCandidate<T> read(List<SourceFile> files, Reading<T> reading, Diagnostics diagnostics) {
        JunosCandidate<T> candidate = new JunosCandidate<>();
        Words words = new Words();
        for (SourceFile file : files) {
            String[] lines = file.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                // the line as the file holds it: a leaf keeps its line until the last one is read, not its text
                LineParsing.Line line = new LineParsing.Line(file, i + 1);
                String text = lines[i].strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                Optional<ParserRuleContext> parsed = reading.parse(line, diagnostics);
                if (parsed.isEmpty()) {
                    List<String> path = unknownPath(text, reading.lexer());
                    // the line number keeps two unknown lines at one path apart
                    List<String> key = JunosWords.concat(path, "#" + file.displayPath() + ":" + line.number());
                    candidate.set(new JunosCandidate.Leaf<>(path, key, line, reading.unknown(path)));
                    continue;
                }
                Optional<ParserRuleContext> edit = reading.edit(parsed.get());
                if (edit.isPresent()) {
                    JunosEdits.apply(edit.get(), candidate, line, diagnostics);
                } else {
                    for (JunosCandidate.Leaf<T> leaf : reading.leaves(parsed.get(), line)) {
                        List<String> path = words.of(leaf.path());
                        List<String> key = leaf.key().equals(leaf.path()) ? path : words.of(leaf.key());
                        candidate.set(new JunosCandidate.Leaf<>(path, key, line, leaf.meaning()));
                    }
                }
            }
        }
        return candidate;
    }

    /**
     * One copy of each word of the file's leaf paths: the candidate keeps every leaf's path until the last line is
     * read, and the same few words (hierarchy keywords, filter, term and zone names) start almost every line.
     */
    private static final class Words {
        private final java.util.Map<String, String> seen = new java.util.HashMap<>();

        List<String> of(List<String> path) {
            String[] shared = new String[path.size()];
            for (int i = 0; i < shared.length; i++) {
                String word = path.get(i);
                shared[i] = seen.computeIfAbsent(word, w -> w);
            }
            return List.of(shared);
        }
    }

    /** Where an unparsed {@code set} line would sit: its words after {@code set}. */
    private static List<String> unknownPath(String text, Function<CharStream, Lexer> lexerFactory) {
        Lexer lexer = lexerFactory.apply(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<String> words = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) {
            words.add(JunosWords.unquote(t.getText()));
        }
        if (words.size() < 2 || !words.get(0).equals("set")
                || words.stream().anyMatch(w -> w.equals("{") || w.equals("}") || w.equals(";"))) {
            return List.of();
        }
        return words.subList(1, words.size()).stream().filter(w -> !w.equals("[") && !w.equals("]")).toList();
    }
}
