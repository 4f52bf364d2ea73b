package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A host, range or prefix in a zone. Members of a family ({@code hmi[1..4]}) are assets named
 * {@code hmi1}..{@code hmi4} with {@code family} set.
 *
 * @param addresses  one block per IP version the asset has (a dual-stack host has two), IPv4 first
 * @param attributes e.g. {@code remote-access-gateway}, {@code mfa}
 */
public record Asset(String name, String zone, List<AddressBlock> addresses, Optional<String> family,
                    Optional<String> description, Set<AssetAttribute> attributes, Span span) {
    public Asset {
        addresses = addresses.stream().sorted().toList();
        if (addresses.isEmpty() || addresses.stream().map(AddressBlock::family).distinct().count() != addresses.size()) {
            throw new IllegalArgumentException("an asset has one address block per IP version: " + addresses);
        }
        attributes = Set.copyOf(attributes);
    }

    /** The asset's block of one IP version, if it has that version. */
    public Optional<AddressBlock> address(IpFamily version) {
        return addresses.stream().filter(a -> a.family() == version).findFirst();
    }
}
