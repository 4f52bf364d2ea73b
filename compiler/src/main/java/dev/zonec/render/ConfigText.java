package dev.zonec.render;

import java.util.regex.Pattern;

/**
 * The only ways user-written text reaches a config. A name is checked against the platform's own pattern and
 * refused (an internal error) if it does not fit — names were validated long before, so a failure here is a bug.
 * Free text is reduced to printable ASCII on one line, with the platform's forbidden characters replaced, and cut
 * to the platform's length limit.
 */
public final class ConfigText {

    private ConfigText() {}

    /** Guards every string a view record holds: one line, no control characters. */
    public static String line(String text) {
        if (!printableAscii(text)) {
            throw new IllegalStateException("refusing to emit a config line with a control character: "
                    + text.replaceAll("\\p{Cntrl}", "?"));
        }
        return text;
    }

    /** No control character (line breaks included) and nothing past ASCII: a loop, as every rendered line passes here. */
    private static boolean printableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** A name that must match the platform's identifier pattern. */
    public static String name(String name, Pattern allowed) {
        if (!allowed.matcher(name).matches()) {
            throw new IllegalStateException("name `" + name + "` does not fit pattern " + allowed);
        }
        return name;
    }

    /**
     * Free text as a platform can carry it: every character outside printable ASCII and every character in
     * {@code forbidden} becomes {@code replacement}; runs of spaces collapse; the result is at most {@code max}
     * characters (cut with "...").
     */
    public static String freeText(String text, String forbidden, char replacement, int max) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean printable = c >= 0x20 && c < 0x7f;
            char kept = printable && forbidden.indexOf(c) < 0 ? c : replacement;
            if (kept != ' ' || b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
                b.append(kept); // a run of spaces collapses to one
            }
        }
        String collapsed = b.toString().strip();
        if (collapsed.length() > max) {
            collapsed = collapsed.substring(0, Math.max(0, max - 3)).stripTrailing() + "...";
        }
        return collapsed;
    }
}
