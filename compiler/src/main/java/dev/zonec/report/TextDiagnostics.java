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
 *
 * <p>Policy text reaches a reviewer's terminal through this printer, so nothing in it may act on the terminal:
 * control characters (an escape sequence can clear the screen or retitle the window), bidirectional overrides and
 * isolates (which make a line read differently from what it is) and other invisible format characters are printed
 * as `&#92;u{202e}`, and the caret follows. A source line longer than {@link #WIDTH} is shown as a window around
 * the caret, and a message, label or help longer than {@link #TEXT} is cut, so a 10 MB line is never echoed whole.
 */
public final class TextDiagnostics {

    private TextDiagnostics() {}

    /** The widest source excerpt shown, in characters. */
    static final int WIDTH = 240;
    /** The longest message, label or help shown, in characters. */
    static final int TEXT = 400;

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
        out.append(d.severity().word()).append('[').append(d.code().name()).append("]: ").append(text(d.message())).append('\n');
        int gutter = gutter(d);
        String pad = " ".repeat(gutter);
        d.primary().ifPresent(span -> {
            out.append(pad).append("--> ").append(text(span.location())).append('\n');
            String onPrimary = String.join("; ", d.labels().stream()
                    .filter(l -> l.span().equals(span)).map(Label::message).toList());
            snippet(span, '^', onPrimary, gutter, out);
        });
        for (Label label : d.labels()) {
            if (d.primary().isPresent() && label.span().equals(d.primary().get())) {
                continue;
            }
            out.append(pad).append("::: ").append(text(label.span().location())).append('\n');
            snippet(label.span(), '-', label.message(), gutter, out);
        }
        if (!d.help().isEmpty()) {
            out.append(pad).append(" |\n");
            for (String help : d.help()) {
                out.append(pad).append(" = help: ").append(text(help)).append('\n');
            }
        }
    }

    /** An accepted finding in three lines: what, where, and who accepted it until when. */
    private static void waived(Diagnostic d, StringBuilder out) {
        var s = d.suppression().orElseThrow();
        out.append(d.severity().word()).append('[').append(d.code().name()).append("] (waived): ").append(text(d.message())).append('\n');
        d.primary().ifPresent(span -> out.append("  --> ").append(text(span.location())).append('\n'));
        out.append("   = waived by ").append(text(s.owner())).append(" until ").append(s.expires()).append(" (")
                .append(text(s.span().location())).append("): ").append(text(s.justification())).append('\n');
    }

    private static void snippet(Span span, char marker, String message, int gutter, StringBuilder out) {
        String pad = " ".repeat(gutter);
        String raw = span.file().line(span.line());
        int start = Math.min(span.column() - 1, raw.length());
        int end = Math.min(raw.length(), start + Math.max(1, span.length()));
        // escape the three parts apart, so the caret lands under the escaped form of what it marks
        String before = visible(raw.substring(0, start));
        String marked = visible(raw.substring(start, end));
        String after = visible(raw.substring(end));
        int width = Math.max(1, marked.length());
        String shown = before + marked + after;
        int caret = before.length();
        if (shown.length() > WIDTH) {
            int context = Math.max(10, (WIDTH - Math.min(width, WIDTH / 2)) / 2);
            int from = Math.max(0, caret - context);
            int to = Math.min(shown.length(), caret + Math.min(width, WIDTH / 2) + context);
            shown = (from > 0 ? "…" : "") + shown.substring(from, to) + (to < shown.length() ? "…" : "");
            caret = caret - from + (from > 0 ? 1 : 0);
            width = Math.min(width, to - (before.length()));
        }
        out.append(pad).append(" |\n");
        out.append(String.format("%" + gutter + "d", span.line())).append(" | ").append(shown).append('\n');
        out.append(pad).append(" | ").append(" ".repeat(caret)).append(String.valueOf(marker).repeat(Math.max(1, width)));
        if (!message.isEmpty()) {
            out.append(' ').append(text(message));
        }
        out.append('\n');
    }

    /** Text from the policy made safe for a terminal and cut to {@link #TEXT} characters. */
    static String text(String s) {
        String v = visible(s);
        return v.length() <= TEXT ? v : v.substring(0, TEXT) + "… (" + (v.length() - TEXT) + " more characters)";
    }

    /** Source text as {@link Diagnostic#printable} shows it, a tab as one space so the caret stays under its column. */
    static String visible(String s) {
        return Diagnostic.printable(s.replace('\t', ' '));
    }

    private static int gutter(Diagnostic d) {
        int max = d.primary().map(Span::line).orElse(1);
        for (Label l : d.labels()) {
            max = Math.max(max, l.span().line());
        }

        return Integer.toString(max).length();
    }
}
