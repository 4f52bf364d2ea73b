package dev.zonec.render;

/**
 * What a platform's templates may never write from a value: a line break or any other control character (a new
 * command), anything past ASCII, and the characters the platform gives a meaning inside a value ({@code forbidden}:
 * a quote that ends a string, {@code ?} that opens the CLI's help when a file is pasted, a comment character, ...).
 * Every {@code ${...}} in the platform's templates passes through {@link #escape}: a template cannot emit user text
 * unescaped by accident. Java has already made every value fit (names are validated, free text reduced by
 * {@link ConfigText#freeText}), so for zonec's own views escaping changes nothing; it is the guard for the template
 * that forgets, or a site's template that prints something new.
 *
 * <p>A template writes free text that needs quoting (a comment with spaces) with {@code ${quote(x)}}: the platform's
 * {@link Quoting}, by default the escaped text between double quotes.
 *
 * @param name        the output format's name, for {@code <#ftl output_format=...>} (the platform id)
 * @param forbidden   characters replaced besides control characters and non-ASCII
 * @param replacement what replaces them
 * @param quoting     how {@code quote(...)} writes a value as one quoted argument
 */
public record ConfigEscape(String name, String forbidden, char replacement, Quoting quoting) {

    /** Writes a value as one quoted argument of the platform's syntax; nothing in the value may end the argument. */
    public interface Quoting {
        String quote(ConfigEscape escape, String value);
    }

    /** The escaped value between double quotes (every platform whose escape forbids {@code "}). */
    public static final Quoting DOUBLE_QUOTES = (escape, value) -> "\"" + escape.escape(value) + "\"";

    public ConfigEscape {
        if (replacement < 0x20 || replacement >= 0x7f || forbidden.indexOf(replacement) >= 0) {
            throw new IllegalArgumentException("replacement must be printable and allowed");
        }
    }

    public ConfigEscape(String name, String forbidden, char replacement) {
        this(name, forbidden, replacement, DOUBLE_QUOTES);
    }

    public String quote(String value) {
        return quoting.quote(this, value);
    }

    /** The value with control characters and non-ASCII replaced, and nothing else (for a quoting of its own). */
    public String printable(String value) {
        return new ConfigEscape(name, "", replacement, quoting).escape(value);
    }

    public String escape(String value) {
        StringBuilder b = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c >= 0x7f || forbidden.indexOf(c) >= 0) {
                if (b == null) {
                    b = new StringBuilder(value.length()).append(value, 0, i);
                }
                b.append(replacement);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? value : b.toString();
    }
}
