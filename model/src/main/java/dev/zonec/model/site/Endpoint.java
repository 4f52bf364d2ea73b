package dev.zonec.model.site;

import java.util.List;

/**
 * A resolved source or destination: one asset, a whole family, or a whole zone ({@code any} or the zone's
 * name). {@code addresses} are sorted and belong to {@code zone}.
 */
public record Endpoint(Kind kind, String name, String zone, List<AddressBlock> addresses) {

    public enum Kind {
        ASSET,
        FAMILY,
        ZONE
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
