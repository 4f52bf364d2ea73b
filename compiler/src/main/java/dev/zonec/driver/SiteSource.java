package dev.zonec.driver;

import dev.zonec.model.source.SourceFile;
import java.util.List;
import java.util.Optional;

/** The files of a site folder: its policy files, sorted by path, and its inventory. */
public record SiteSource(List<SourceFile> policies, Optional<SourceFile> inventory) {
    public SiteSource {
        policies = List.copyOf(policies);
    }
}
