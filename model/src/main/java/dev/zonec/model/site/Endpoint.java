package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * A resolved source or destination: one asset, a whole family, or a whole zone ({@code any} or the zone's
 * name). {@code addresses} are sorted and belong to {@code zone}. {@code description} is the policy's free text
 * for the asset, family or zone: renderers must escape it. {@code span} is where it is defined.
 */
public record Endpoint(Kind kind, String name, String zone, List<AddressBlock> addresses, Optional<String> description,
                       Span span) {

    public enum Kind {
        ASSET,
        FAMILY,
        ZONE,
        /** A device itself: its addresses on the interfaces facing {@code zone}. */
        DEVICE
    }

    public Endpoint {
        addresses = addresses.stream().sorted().toList();
    }

    public List<AddressBlock> addresses(IpFamily family) {
        return addresses.stream().filter(a -> a.family() == family).toList();
    }

    public boolean hasFamily(IpFamily family) {
        return addresses.stream().anyMatch(a -> a.family() == family);
    }
}
