package dev.zonec.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/** A platform's {@link ConfigEscape} as a FreeMarker output format, so that auto-escaping applies it to every value. */
final class ConfigOutputFormat extends CommonMarkupOutputFormat<ConfigOutputFormat.Markup> {
    private final ConfigEscape escape;

    ConfigOutputFormat(ConfigEscape escape) {
        this.escape = escape;
    }

    /** Text this format has escaped (or a template marked as such with {@code ?no_esc}). */
    static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
        private final ConfigOutputFormat format;

        Markup(String plainText, String markup, ConfigOutputFormat format) {
            super(plainText, markup);
            this.format = format;
        }

        @Override
        public ConfigOutputFormat getOutputFormat() {
            return format;
        }
    }

    ConfigEscape escape() {
        return escape;
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape.escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape.escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markup(plainTextContent, markupContent, this);
    }

    @Override
    public String getName() {
        return escape.name();
    }

    @Override
    public String getMimeType() {
        return null;
    }
}
