package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;

/**
 * One allowed flow between two zones: the part of an {@code allow} rule whose sources lie in {@code sourceZone}
 * and destinations in {@code destinationZone}. {@code id} follows policy order (files by name, then lines)
 * and {@code origin} is the allow rule.
 */
public record Flow(int id, String conduit, String sourceZone, String destinationZone, List<Endpoint> sources,
                   List<Endpoint> destinations, List<ServiceUse> services, boolean log, Span origin) {
    public Flow {
        sources = List.copyOf(sources);
        destinations = List.copyOf(destinations);
        services = List.copyOf(services);
    }
}
