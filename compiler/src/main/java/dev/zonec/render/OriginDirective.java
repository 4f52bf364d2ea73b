package dev.zonec.render;

import dev.zonec.model.ir.IrRule;
import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The two directives a template marks its lines with, so that the source map says what each line is for:
 * {@code <@rule of=x>...</@rule>} for statements of {@code x}, an {@link Origin}: they enforce its rules, or are the
 * scaffolding its {@code part()} names; and {@code <@part name="object" of=x>...</@part>} for scaffolding the template
 * itself writes ({@code of}, optional: the rules that use it, an {@link Origin} or a list of them).
 */
final class OriginDirective implements TemplateDirectiveModel {
    private final boolean rule;

    private OriginDirective(boolean rule) {
        this.rule = rule;
    }

    static final OriginDirective RULE = new OriginDirective(true);
    static final OriginDirective PART = new OriginDirective(false);

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        if (body == null) {
            return;
        }
        List<IrRule> rules = params.containsKey("of") ? rules((TemplateModel) params.get("of")) : List.of();
        String name = "";
        if (rule && params.containsKey("of") && DeepUnwrap.unwrap((TemplateModel) params.get("of")) instanceof Origin o) {
            name = o.part();
        }
        if (!rule) {
            Object n = params.get("name");
            if (!(n instanceof TemplateScalarModel s) || s.getAsString().isBlank()) {
                throw new TemplateModelException("<@part> needs name=\"...\" (what the lines are: header, object, ...)");
            }
            name = s.getAsString();
        } else if (!params.containsKey("of")) {
            throw new TemplateModelException("<@rule> needs of=... (the view whose rules the lines enforce)");
        }
        LineOrigin origin = name.isEmpty() ? LineOrigin.rules(rules) : LineOrigin.part(name, rules);
        if (!(env.getOut() instanceof SourceMapWriter out)) {
            body.render(env.getOut()); // captured output (<#assign x>...</#assign>) carries no lines of the file
            return;
        }
        out.enter(origin);
        try {
            body.render(out);
        } finally {
            out.leave();
        }
    }

    private static List<IrRule> rules(TemplateModel model) throws TemplateModelException {
        Object value = DeepUnwrap.unwrap(model);
        if (value instanceof Origin o) {
            return o.rules();
        }
        if (value instanceof Collection<?> c) {
            List<IrRule> rules = new ArrayList<>();
            for (Object item : c) {
                if (item instanceof IrRule r) {
                    rules.add(r);
                } else if (item instanceof Origin o) {
                    rules.addAll(o.rules());
                } else {
                    throw new TemplateModelException("of=... holds " + item.getClass().getSimpleName() + ", not a rule");
                }
            }
            return rules;
        }
        throw new TemplateModelException("of=... must be a view with rules, or a list of them");
    }
}
