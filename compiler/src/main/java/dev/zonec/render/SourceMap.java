package dev.zonec.render;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.source.Span;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where every line of one generated file comes from, written while the template runs (templates mark their
 * statements with {@code <@rule of=...>} and {@code <@part name=...>}). The verifier, Batfish findings and
 * {@code query} read it instead of guessing from the file's text.
 *
 * @param lines the origin of line 1, 2, ...; a file ending in a line break has no entry after it
 */
public record SourceMap(List<LineOrigin> lines) {

    public static final SourceMap NONE = new SourceMap(List.of());

    public SourceMap {
        lines = List.copyOf(lines);
    }

    /** The origin of 1-based line {@code n}; unmarked beyond the end. */
    public LineOrigin line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : LineOrigin.UNMARKED;
    }

    /** The policy lines behind line {@code n}: the origins of the rules it enforces or supports, in rule order. */
    public List<Span> policy(int n) {
        Set<Span> spans = new LinkedHashSet<>();
        line(n).rules().forEach(r -> spans.add(r.origin()));
        return List.copyOf(spans);
    }

    /** The 1-based numbers of the lines that enforce {@code rule}. */
    public List<Integer> linesOf(IrRule rule) {
        return java.util.stream.IntStream.rangeClosed(1, lines.size())
                .filter(i -> lines.get(i - 1).kind() == LineOrigin.Kind.RULE && lines.get(i - 1).rules().contains(rule))
                .boxed().toList();
    }
}
