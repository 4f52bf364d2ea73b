package dev.zonec.driver;

import dev.zonec.model.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a site folder: its policy files, sorted by path, its inventory, and its own templates by path below
 * its {@code templates/} folder ({@code cisco-ios/device.ftl}), which replace the built-in ones of that name.
 */
public record SiteSource(List<SourceFile> policies, Optional<SourceFile> inventory, Map<String, SourceFile> templates) {
    public SiteSource {
        policies = List.copyOf(policies);
        templates = Map.copyOf(templates);
    }

    public SiteSource(List<SourceFile> policies, Optional<SourceFile> inventory) {
        this(policies, inventory, Map.of());
    }
}
