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
 * @param name        the output format's name, for {@code <#ftl output_format=...>} (the platform id)
 * @param forbidden   characters replaced besides control characters and non-ASCII
 * @param replacement what replaces them
 */
public record ConfigEscape(String name, String forbidden, char replacement) {

    public ConfigEscape {
        if (replacement < 0x20 || replacement >= 0x7f || forbidden.indexOf(replacement) >= 0) {
            throw new IllegalArgumentException("replacement must be printable and allowed");
        }
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
