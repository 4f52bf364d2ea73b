package dev.zonec.render;

import java.util.regex.Pattern;

/**
 * The only ways user-written text reaches a config. A name is checked against the platform's own pattern and
 * refused (an internal error) if it does not fit — names were validated long before, so a failure here is a bug.
 * Free text is reduced to printable ASCII on one line, with the platform's forbidden characters replaced, and cut
 * to the platform's length limit.
 */
public final class ConfigText {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u0080-\\uffff]");

    private ConfigText() {}

    /** Guards every string a view record holds: one line, no control characters. */
    public static String line(String text) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 || CONTROL.matcher(text).find()) {
            throw new IllegalStateException("refusing to emit a config line with a control character: "
                    + text.replaceAll("\\p{Cntrl}", "?"));
        }
        return text;
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
            b.append(printable && forbidden.indexOf(c) < 0 ? c : replacement);
        }
        String collapsed = b.toString().replaceAll(" {2,}", " ").strip();
        if (collapsed.length() > max) {
            collapsed = collapsed.substring(0, Math.max(0, max - 3)).stripTrailing() + "...";
        }
        return collapsed;
    }
}
