package dev.zonec.batfish;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the line of a generated file Batfish quotes (a filter line's text, or the name of a policy, rule or term) and
 * the policy line behind it. The generated line is found by its text; what it comes from is the render stage's
 * source map ({@link dev.zonec.render.SourceMap}), which the file carries: the allow rule the line enforces, or for
 * scaffolding (an object definition) the first rule that uses it.
 */
final class OriginLocator {
    /** What zonec's rule, policy and term names look like: letters with a digit, dash, dot or underscore. */
    private static final Pattern NAME = Pattern.compile("(?=.*[A-Za-z])(?=.*[-_.0-9])[A-Za-z0-9_.-]{3,}");

    /** Where Batfish's words point: the generated line, and the policy line behind it. */
    record Located(Optional<Span> line, Optional<Span> policy) {}

    /** The generated line Batfish's text names, and its policy origin; both may be unknown. */
    Located locate(GeneratedFile file, String batfishText) {
        return locate(file, batfishText, "");
    }

    /**
     * As {@link #locate(GeneratedFile, String)}, looking first after the line that names {@code filter} when the
     * file has one (the same line text can stand in two filters).
     */
    Located locate(GeneratedFile file, String batfishText, String filter) {
        int line = find(file, batfishText.strip(), start(file, filter));
        if (line == 0) {
            return new Located(Optional.empty(), Optional.empty());
        }
        return new Located(file.lineSpan(line), originOf(file, line));
    }

    /** The policy line behind a generated line. */
    Optional<Span> originOf(GeneratedFile file, int line) {
        List<Span> policy = file.map().policy(line);
        return policy.isEmpty() ? Optional.empty() : Optional.of(policy.get(0));
    }

    /** The first line that names {@code filter}, where a search for its lines starts; 1 when there is none. */
    private static int start(GeneratedFile file, String filter) {
        if (filter.isEmpty()) {
            return 1;
        }
        Pattern named = named(filter);
        for (int i = 1; i <= file.source().lineCount(); i++) {
            if (named.matcher(file.source().line(i)).find()) {
                return i;
            }
        }
        return 1;
    }

    /**
     * Line number of Batfish's text, searching from {@code from} and then wrapping around: the same line, a line
     * ending with it, or the line naming it; 0 when none.
     */
    private static int find(GeneratedFile file, String text, int from) {
        if (text.isEmpty()) {
            return 0;
        }
        int n = file.source().lineCount();
        for (int k = 0; k < n; k++) {
            int i = (from - 1 + k) % n + 1;
            if (file.source().line(i).strip().equals(text)) {
                return i;
            }
        }
        if (text.length() >= 8) {
            for (int k = 0; k < n; k++) {
                int i = (from - 1 + k) % n + 1;
                if (file.source().line(i).strip().endsWith(text)
                        && !REMOVAL.matcher(file.source().line(i)).lookingAt()) {
                    return i;
                }
            }
        }
        List<String> words = List.of(text.split("\\s+"));
        String name = words.get(words.size() - 1);
        if (!NAME.matcher(name).matches()) {
            return 0; // a port number or a keyword (permit, deny) is no name to look for
        }
        Pattern named = named(name);
        int removal = 0;
        for (int i = 1; i <= n; i++) {
            if (named.matcher(file.source().line(i)).find()) {
                if (!REMOVAL.matcher(file.source().line(i)).lookingAt()) {
                    return i;
                }
                removal = removal == 0 ? i : removal;
            }
        }
        return removal;
    }

    /**
     * A line that removes or moves what it names (a load deletes each of zonec's names before it sets them again, and
     * moves its rules in order): the line that defines the name is the one Batfish means.
     */
    private static final Pattern REMOVAL = Pattern.compile("\\s*(delete|no|clear|unset|move)\\s");

    private static Pattern named(String name) {
        return Pattern.compile("(^|[\\s\"])" + Pattern.quote(name) + "($|[\\s\"])");
    }
}
