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

    /**
     * What a named definition of the endpoint's addresses is named after: its name, and for a device the zone too,
     * joined by {@code separator} (a device's own addresses differ by the zone they face, so a device reached in two
     * zones is two definitions). Each platform picks a separator its names allow.
     */
    public String subject(char separator) {
        return kind == Kind.DEVICE ? name + separator + zone : name;
    }

    public boolean hasFamily(IpFamily family) {
        return addresses.stream().anyMatch(a -> a.family() == family);
    }
}
