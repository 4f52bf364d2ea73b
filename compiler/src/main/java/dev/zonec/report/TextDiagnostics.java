package dev.zonec.report;

import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Label;
import dev.zonec.model.source.Span;
import java.util.List;

/**
 * Prints diagnostics the way rustc does:
 *
 * <pre>
 * error[ZC0201]: unknown zone `dmz2`
 *   --&gt; policies/site/conduits.zc:12:9
 *    |
 * 12 | conduit dmz2 -&gt; supervisory {
 *    |         ^^^^
 *    |
 *    = help: did you mean `dmz`?
 * </pre>
 *
 * Secondary labels follow as their own snippets, underlined with {@code -} and carrying their message.
 */
public final class TextDiagnostics {

    private TextDiagnostics() {}

    public static String render(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            render(d, out);
            out.append('\n');
        }
        return out.toString();
    }

    public static void render(Diagnostic d, StringBuilder out) {
        if (d.isWaived()) {
            waived(d, out);
            return;
        }
        out.append(d.severity().word()).append('[').append(d.code().name()).append("]: ").append(d.message()).append('\n');
        int gutter = gutter(d);
        String pad = " ".repeat(gutter);
        d.primary().ifPresent(span -> {
            out.append(pad).append("--> ").append(span.location()).append('\n');
            String onPrimary = String.join("; ", d.labels().stream()
                    .filter(l -> l.span().equals(span)).map(Label::message).toList());
            snippet(span, '^', onPrimary, gutter, out);
        });
        for (Label label : d.labels()) {
            if (d.primary().isPresent() && label.span().equals(d.primary().get())) {
                continue;
            }
            out.append(pad).append("::: ").append(label.span().location()).append('\n');
            snippet(label.span(), '-', label.message(), gutter, out);
        }
        if (!d.help().isEmpty()) {
            out.append(pad).append(" |\n");
            for (String help : d.help()) {
                out.append(pad).append(" = help: ").append(help).append('\n');
            }
        }
    }

    /** An accepted finding in three lines: what, where, and who accepted it until when. */
    private static void waived(Diagnostic d, StringBuilder out) {
        var s = d.suppression().orElseThrow();
        out.append(d.severity().word()).append('[').append(d.code().name()).append("] (waived): ").append(d.message()).append('\n');
        d.primary().ifPresent(span -> out.append("  --> ").append(span.location()).append('\n'));
        out.append("   = waived by ").append(s.owner()).append(" until ").append(s.expires()).append(" (")
                .append(s.span().location()).append("): ").append(s.justification()).append('\n');
    }

    private static void snippet(Span span, char marker, String message, int gutter, StringBuilder out) {
        String pad = " ".repeat(gutter);
        String source = span.file().line(span.line()).replace('\t', ' ');
        int start = Math.min(span.column() - 1, source.length());
        int width = Math.max(1, Math.min(span.length(), source.length() - start));
        out.append(pad).append(" |\n");
        out.append(String.format("%" + gutter + "d", span.line())).append(" | ").append(source).append('\n');
        out.append(pad).append(" | ").append(" ".repeat(start)).append(String.valueOf(marker).repeat(width));
        if (!message.isEmpty()) {
            out.append(' ').append(message);
        }
        out.append('\n');
    }

    private static int gutter(Diagnostic d) {
        int max = d.primary().map(Span::line).orElse(1);
        for (Label l : d.labels()) {
            max = Math.max(max, l.span().line());
        }

        return Integer.toString(max).length();
    }
}
