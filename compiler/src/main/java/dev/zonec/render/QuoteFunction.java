package dev.zonec.render;

import freemarker.core.Environment;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * {@code ${quote(x)}}: a value as one quoted argument, as the current template's platform quotes (its
 * {@link ConfigEscape.Quoting}); {@code ${comment(x)}}: a value as the text of a comment line, only control
 * characters and non-ASCII replaced (for a platform whose escape also forbids spaces). The result is written as it
 * is, not escaped again.
 */
final class QuoteFunction implements TemplateMethodModelEx {
    static final QuoteFunction QUOTE = new QuoteFunction(true);
    static final QuoteFunction COMMENT = new QuoteFunction(false);

    private final boolean quote;

    private QuoteFunction(boolean quote) {
        this.quote = quote;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel value)) {
            throw new TemplateModelException((quote ? "quote" : "comment") + "(...) takes one string");
        }
        String text = value.getAsString();
        if (Environment.getCurrentEnvironment().getCurrentTemplate().getOutputFormat() instanceof ConfigOutputFormat format) {
            return format.fromMarkup(quote ? format.escape().quote(text) : format.escape().printable(text));
        }
        throw new TemplateModelException("quote(...) and comment(...) are for the templates of a platform folder");
    }
}
