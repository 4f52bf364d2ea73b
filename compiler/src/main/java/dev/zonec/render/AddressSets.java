package dev.zonec.render;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import inet.ipaddr.IPAddressSeqRange;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Address arithmetic renderers need, all through IPAddress. */
public final class AddressSets {

    private AddressSets() {}

    /**
     * The addresses of {@code family} in the endpoints, merged into the fewest disjoint blocks, sorted. Platforms
     * that reject overlapping set elements (nftables interval sets) need this; it never changes the set.
     */
    public static List<AddressBlock> merged(Collection<Endpoint> endpoints, IpFamily family) {
        IPAddressSeqRange[] ranges = endpoints.stream()
                .flatMap(e -> e.addresses(family).stream())
                .map(AddressBlock::range)
                .toArray(IPAddressSeqRange[]::new);
        if (ranges.length == 0) {
            return List.of();
        }
        return Arrays.stream(IPAddressSeqRange.join(ranges)).map(AddressBlock::ofRange).sorted().toList();
    }
}
