package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.Optional;
import java.util.Set;

/**
 * A host, range or prefix in a zone. Members of a family ({@code hmi[1..4]}) are assets named
 * {@code hmi1}..{@code hmi4} with {@code family} set.
 *
 * @param attributes e.g. {@code remote-access-gateway}, {@code mfa}
 */
public record Asset(String name, String zone, AddressBlock address, Optional<String> family, Optional<String> description,
                    Set<AssetAttribute> attributes, Span span) {
    public Asset {
        attributes = Set.copyOf(attributes);
    }
}
