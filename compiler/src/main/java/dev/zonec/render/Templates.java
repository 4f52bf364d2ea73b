package dev.zonec.render;

import dev.zonec.model.source.SourceFile;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.PathGlobMatcher;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The FreeMarker engine: templates from {@code /templates/<platform>/} on the class path (the repo's
 * {@code templates/} folder), a site's own {@code templates/<platform>/...} first when it has them; view records
 * exposed by their component names; each platform folder auto-escaped with its {@link ConfigEscape}; the
 * {@code <@rule>} and {@code <@part>} directives writing the source map; every error fatal. Templates cannot
 * instantiate classes ({@code ?new}) or reach the Java API ({@code ?api}), so a site's template is text, not code.
 */
public final class Templates {
    private static final Map<Map<String, ConfigEscape>, Templates> BUILT_IN = new ConcurrentHashMap<>();

    private final Configuration configuration;
    private final Map<String, SourceFile> site;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private Templates(Map<String, ConfigEscape> platforms, Map<String, SourceFile> site) {
        this.site = Map.copyOf(site);
        this.configuration = configuration(platforms, site, used);
    }

    /**
     * The templates for these platforms (id → the escape of its folder) with a site's own templates, by path below its {@code templates/} folder
     * ({@code cisco-ios/device.ftl}), in front of the built-in ones.
     */
    public static Templates of(Map<String, ConfigEscape> platforms, Map<String, SourceFile> site) {
        if (site.isEmpty()) {
            return BUILT_IN.computeIfAbsent(Map.copyOf(platforms), p -> new Templates(p, Map.of()));
        }
        return new Templates(platforms, site);
    }

    /** Whether {@code platform}'s template {@code name} is the site's own. */
    public boolean fromSite(String platform, String name) {
        return site.containsKey(platform + "/" + name);
    }

    /** Runs the template of {@code plan} from {@code platform}'s folder. */
    public OutputFile render(String platform, FilePlan plan) throws Failure {
        String path = platform + "/" + plan.template();
        try {
            Template template = configuration.getTemplate(path);
            SourceMapWriter out = new SourceMapWriter();
            template.process(Map.of("view", plan.view()), out);
            return new OutputFile(plan.name(), out.text(), out.map(), plan.owns(), plan.removes());
        } catch (ParseException e) {
            throw new Failure(path, e.getLineNumber(), e.getColumnNumber(), 1, firstLine(e.getEditorMessage()));
        } catch (InvalidReferenceException e) {
            String blamed = e.getBlamedExpressionString();
            throw failure(path, e, blamed == null ? firstLine(e.getMessageWithoutStackTop())
                    : "`" + blamed + "` is not in the view (or is empty)");
        } catch (TemplateException e) {
            String blamed = e.getBlamedExpressionString();
            throw failure(path, e, firstLine(e.getMessageWithoutStackTop()) + (blamed == null ? "" : " (`" + blamed + "`)"));
        } catch (IOException e) {
            throw new Failure(path, 0, 0, 1, e.getMessage());
        }
    }

    private static Failure failure(String path, TemplateException e, String message) {
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        int width = e.getEndLineNumber() != null && e.getEndLineNumber() == line && e.getEndColumnNumber() != null
                ? e.getEndColumnNumber() - column + 1 : 1;
        return new Failure(path, line, column, Math.max(1, width), message);
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        m = (nl < 0 ? m : m.substring(0, nl)).strip();
        return m.endsWith(":") || m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    }

    /** A template that does not parse or fails while it runs, with where (line 0 when unknown). */
    public static final class Failure extends Exception {
        private final String template;
        private final int line;
        private final int column;
        private final int width;

        Failure(String template, int line, int column, int width, String message) {
            super(message, null, false, false);
            this.template = template;
            this.line = line;
            this.column = column;
            this.width = width;
        }

        /** How many characters of the line the failing expression takes (1 when unknown). */
        public int width() {
            return width;
        }

        public String template() {
            return template;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** The site's templates no rendering has loaded so far (a misspelt folder or file overrides nothing). */
    public List<SourceFile> unused() {
        return site.entrySet().stream().filter(e -> !used.contains(e.getKey())).map(Map.Entry::getValue)
                .sorted(java.util.Comparator.comparing(SourceFile::sitePath)).toList();
    }

    /** A loader that notes which of its templates were asked for. */
    private record Recording(TemplateLoader loader, Set<String> used) implements TemplateLoader {
        @Override
        public Object findTemplateSource(String name) throws IOException {
            Object source = loader.findTemplateSource(name);
            if (source != null) {
                used.add(name);
            }
            return source;
        }

        @Override
        public long getLastModified(Object templateSource) {
            return loader.getLastModified(templateSource);
        }

        @Override
        public java.io.Reader getReader(Object templateSource, String encoding) throws IOException {
            return loader.getReader(templateSource, encoding);
        }

        @Override
        public void closeTemplateSource(Object templateSource) throws IOException {
            loader.closeTemplateSource(templateSource);
        }
    }

    private static Configuration configuration(Map<String, ConfigEscape> platforms,
                                               Map<String, SourceFile> site, Set<String> used) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader builtIn = new ClassTemplateLoader(Templates.class, "/templates");
        if (site.isEmpty()) {
            c.setTemplateLoader(builtIn);
        } else {
            StringTemplateLoader own = new StringTemplateLoader();
            site.forEach((path, file) -> own.putTemplate(path, file.text()));
            c.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {new Recording(own, used), builtIn}));
        }
        List<OutputFormat> formats = new ArrayList<>();
        List<ConditionalTemplateConfigurationFactory> folders = new ArrayList<>();
        new TreeMap<>(platforms).forEach((platform, e) -> {
            ConfigOutputFormat format = new ConfigOutputFormat(e);
            formats.add(format);
            TemplateConfiguration tc = new TemplateConfiguration();
            tc.setOutputFormat(format);
            tc.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
            folders.add(new ConditionalTemplateConfigurationFactory(new PathGlobMatcher(platform + "/**"), tc));
        });
        c.setRegisteredCustomOutputFormats(formats);
        if (!folders.isEmpty()) {
            c.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                    folders.toArray(ConditionalTemplateConfigurationFactory[]::new)).allowNoMatch(true));
        }
        c.setLocalizedLookup(false);
        c.setDefaultEncoding("UTF-8");
        c.setLocale(Locale.ROOT);
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setSharedVariable("rule", OriginDirective.RULE);
        c.setSharedVariable("part", OriginDirective.PART);
        c.setSharedVariable("quote", QuoteFunction.QUOTE);
        c.setSharedVariable("comment", QuoteFunction.COMMENT);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setExposeFields(false);
        c.setObjectWrapper(wrapper.build());
        return c;
    }
}
