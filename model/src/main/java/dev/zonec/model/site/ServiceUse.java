package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One service as used in an allow rule, resolved to its matches. {@code name} is how the rule wrote it
 * ({@code modbus.read}, {@code wsus}, {@code tcp/8080}, {@code any}); {@code span} is where.
 */
public record ServiceUse(String name, List<Match> matches, Optional<FunctionClass> functionClass, Set<ServiceTag> tags,
                         Span span) {
    public ServiceUse {
        matches = List.copyOf(matches);
        tags = Set.copyOf(tags);
    }
}
