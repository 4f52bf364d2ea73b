package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * One allowed flow between two zones: the part of an {@code allow} rule whose sources lie in {@code sourceZone}
 * and destinations in {@code destinationZone}. {@code id} follows policy order (files by name, then lines);
 * {@code rule} is the rule's name in its conduit ({@code as NAME}, or derived from its content: see
 * {@link FlowKey}), and {@code origin} is the allow rule. {@code device} names the device a rule for a device's own
 * traffic ({@code allow jump-host -> device sw-core : ssh}) reaches: its destinations are then that device's addresses
 * on {@code destinationZone}, and the device accepts the flow itself instead of forwarding it.
 */
public record Flow(int id, String conduit, String rule, String sourceZone, String destinationZone,
                   List<Endpoint> sources, List<Endpoint> destinations, List<ServiceUse> services, boolean log,
                   Span origin, Optional<String> device) {
    public Flow {
        sources = List.copyOf(sources);
        destinations = List.copyOf(destinations);
        services = List.copyOf(services);
    }

    /** A flow between two zones' hosts, forwarded by the devices on its path. */
    public Flow(int id, String conduit, String rule, String sourceZone, String destinationZone,
                List<Endpoint> sources, List<Endpoint> destinations, List<ServiceUse> services, boolean log,
                Span origin) {
        this(id, conduit, rule, sourceZone, destinationZone, sources, destinations, services, log, origin,
                Optional.empty());
    }

    /** What the flow is, for every name derived from it. */
    public FlowKey key() {
        return new FlowKey(id, conduit, rule, sourceZone, destinationZone, device);
    }
}
