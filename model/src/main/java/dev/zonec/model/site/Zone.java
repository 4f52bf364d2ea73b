package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;

/**
 * An IEC 62443 zone.
 *
 * @param transit  the zone says {@code transit}: its network carries flows between other zones (never a DMZ or a
 *                 safety zone); otherwise flows only begin or end in it
 * @param external the zone is outside the site's control ({@code external}: vendors, the internet)
 */
public record Zone(String name, Optional<String> description, Level level, SecurityLevel securityLevel,
                   boolean safety, boolean transit, boolean external, List<AddressBlock> subnets, Span span) {
    public Zone {
        subnets = List.copyOf(subnets);
    }

    public boolean hasFamily(IpFamily family) {
        return subnets.stream().anyMatch(s -> s.family() == family);
    }
}
