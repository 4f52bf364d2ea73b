package dev.zonec.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.driver.Pipeline;
import dev.zonec.driver.PipelineResult;
import dev.zonec.driver.SiteLoader;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.platform.Target;
import dev.zonec.platform.Targets;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every template of every platform, fed a view in which every string is hostile (line breaks, quotes, the
 * characters each CLI gives a meaning), writes the same number of lines as with harmless strings and none of the
 * hostile characters its platform escapes: the escaping is the templates' output format, not each template's care.
 */
class HostileTextTest {
    private static final Path REPO = Path.of(System.getProperty("zonec.repo", ".."));
    static final String HOSTILE = "h\nINJECTED line\r\"'\\?|!#;{}$`\u0000\u00e9\ttab end";

    @TestFactory
    Stream<DynamicTest> noTemplateWritesAHostileStringAsItIs() {
        return Targets.standard().all().stream()
                .map(t -> DynamicTest.dynamicTest(t.id(), () -> check(t)));
    }

    private static void check(Target target) throws Exception {
        ConfigEscape escape = target.renderer().escape();
        Path folder = REPO.resolve("golden-tests/platforms/_policies/several-services");
        Path inventory = REPO.resolve("golden-tests/platforms/" + target.id() + "/inventory.yaml");
        PipelineResult result = Pipeline.run(SiteLoader.load(folder, "site", Optional.of(inventory), new Diagnostics()),
                Targets.standard(), LocalDate.of(2026, 11, 28));
        DeviceIr device = result.ir().orElseThrow().devices().get(0);
        Templates templates = Rendering.templates(Targets.standard(), Map.of());
        for (FilePlan plan : target.renderer().plan(device, result.site().orElseThrow())) {
            String harmless = templates.render(target.id(), replaced(plan, s -> "x")).text();
            String hostile = templates.render(target.id(), replaced(plan, s -> HOSTILE)).text();
            String where = target.id() + " " + plan.template();
            assertEquals(harmless.lines().count(), hostile.lines().count(), where + ": a value added lines:\n" + hostile);
            assertFalse(hostile.lines().anyMatch(l -> l.startsWith("INJECTED")), where);
            for (char c : hostile.toCharArray()) {
                assertTrue(c == '\n' || c >= 0x20 && c < 0x7f, where + ": wrote character " + (int) c);
            }
            if (escape.quoting() == ConfigEscape.DOUBLE_QUOTES) {
                for (char c : escape.forbidden().toCharArray()) {
                    assertTrue(count(hostile, c) <= count(harmless, c), where + ": wrote `" + c + "` from a value");
                }
            } else {
                // a platform with a quoting of its own writes quotes and escapes: every argument must stay one
                List<String> a = harmless.lines().toList();
                List<String> b = hostile.lines().toList();
                for (int i = 0; i < a.size(); i++) {
                    if (a.get(i).startsWith("#")) {
                        continue; // a comment line: its words are not arguments
                    }
                    assertEquals(arguments(a.get(i)), arguments(b.get(i)), where + ": line " + (i + 1) + " `" + b.get(i)
                            + "` has other arguments than `" + a.get(i) + "`");
                }
            }
        }
    }

    /**
     * How many arguments a restore-style parser reads on a line: words split at spaces, a double-quoted word taking
     * the next character literally after a backslash (iptables-restore's reading of iptables-save's quoting).
     */
    static int arguments(String line) {
        int n = 0;
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i == line.length()) {
                break;
            }
            n++;
            if (line.charAt(i) == '"') {
                i++;
                while (i < line.length() && line.charAt(i) != '"') {
                    i += line.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else {
                while (i < line.length() && line.charAt(i) != ' ') {
                    i++;
                }
            }
        }
        return n;
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static FilePlan replaced(FilePlan plan, UnaryOperator<String> strings) throws Exception {
        return new FilePlan(plan.name(), plan.template(), replace(plan.view(), strings));
    }

    /** The view with every string in its records and lists replaced; model values it carries are kept as they are. */
    private static Object replace(Object value, UnaryOperator<String> strings) throws Exception {
        if (value instanceof String s) {
            return strings.apply(s);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object item : list) {
                copy.add(replace(item, strings));
            }
            return copy;
        }
        if (value != null && value.getClass().isRecord() && value.getClass().getName().startsWith("dev.zonec.platform")) {
            RecordComponent[] components = value.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                components[i].getAccessor().setAccessible(true);
                args[i] = replace(components[i].getAccessor().invoke(value), strings);
                types[i] = components[i].getType();
            }
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        }
        return value;
    }
}
