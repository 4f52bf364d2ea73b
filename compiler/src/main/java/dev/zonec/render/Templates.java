package dev.zonec.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The FreeMarker engine, set up once: templates from {@code /templates/<platform>/} on the class path (the repo's
 * {@code templates/} folder), view records exposed by their component names, every error fatal.
 */
public final class Templates {
    private static final Configuration CONFIGURATION = configuration();

    private Templates() {}

    /** Renders {@code <folder>/<name>} with {@code view} available to the template as {@code view}. */
    public static String render(String folder, String name, Object view) {
        try {
            Template template = CONFIGURATION.getTemplate(folder + "/" + name);
            StringWriter out = new StringWriter();
            template.process(Map.of("view", view), out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("template " + folder + "/" + name + " failed: " + e.getMessage(), e);
        }
    }

    private static Configuration configuration() {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setTemplateLoader(new ClassTemplateLoader(Templates.class, "/templates"));
        c.setDefaultEncoding("UTF-8");
        c.setLocale(Locale.ROOT);
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setExposeFields(false);
        DefaultObjectWrapper built = wrapper.build();
        c.setObjectWrapper(built);
        return c;
    }
}
