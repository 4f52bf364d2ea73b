package dev.zonec.model.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The data of {@code inspection.yaml}: for each platform that can inspect OT protocols, the function classes it
 * enforces and the vendor's names for them.
 */
final class Inspection {
    private static final Map<String, Map<String, List<String>>> TABLE = load();

    private Inspection() {}

    static Map<String, List<String>> of(String platform) {
        return TABLE.getOrDefault(platform, Map.of());
    }

    private static Map<String, Map<String, List<String>>> load() {
        try (InputStream in = Inspection.class.getResourceAsStream("inspection.yaml")) {
            if (in == null) {
                throw new IllegalStateException("inspection.yaml is missing from the jar");
            }
            Map<String, Map<String, List<String>>> table = new Yaml(new LoaderOptions()).load(in);
            return table == null ? Map.of() : table;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
