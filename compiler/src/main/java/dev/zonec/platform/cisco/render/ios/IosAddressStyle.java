package dev.zonec.platform.cisco.render.ios;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.platform.cisco.render.AddressGroup;
import dev.zonec.platform.cisco.render.AddressStyle;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Optional;

/**
 * IOS addresses: {@code host A} or {@code A WILDCARD} for one IPv4 block, an {@code object-group network} for more;
 * IOS-XE has no IPv6 network object groups for interface ACLs, so IPv6 endpoints are written out block by block
 * ({@code host A}, {@code A/len}).
 */
final class IosAddressStyle implements AddressStyle {

    @Override
    public Optional<List<String>> inline(List<AddressBlock> blocks, IpFamily family) {
        List<IPAddress> cidrs = blocks.stream().flatMap(b -> b.prefixBlocks().stream()).toList();
        if (family == IpFamily.V6) {
            return Optional.of(cidrs.stream().map(IosAddressStyle::v6).toList());
        }
        return cidrs.size() == 1 ? Optional.of(List.of(v4(cidrs.get(0)))) : Optional.empty();
    }

    @Override
    public AddressGroup group(Endpoint endpoint, IpFamily family, List<AddressBlock> blocks) {
        return new AddressGroup("object-group network", "zc-" + endpoint.name(), endpoint, family,
                blocks.stream().map(IosAddressStyle::groupEntry).toList());
    }

    @Override
    public String reference(AddressGroup group) {
        return "object-group " + group.name();
    }

    private static String v4(IPAddress block) {
        if (block.getPrefixLength() == null || block.getPrefixLength() == 32) {
            return "host " + block.getLower().withoutPrefixLength().toCanonicalString();
        }
        return block.getLower().withoutPrefixLength().toCanonicalString() + " "
                + block.getHostMask().toCanonicalString();
    }

    private static String v6(IPAddress block) {
        if (block.getPrefixLength() == null || block.getPrefixLength() == 128) {
            return "host " + block.getLower().withoutPrefixLength().toCanonicalString();
        }
        return block.toCanonicalString();
    }

    /** Network object-group entries take a subnet mask, not a wildcard, and accept ranges. */
    private static String groupEntry(AddressBlock block) {
        return switch (block.form()) {
            case HOST -> "host " + block.lower().toCanonicalString();
            case RANGE -> "range " + block.lower().toCanonicalString() + " " + block.upper().toCanonicalString();
            case PREFIX -> {
                IPAddress prefix = block.prefixBlocks().get(0);
                yield prefix.getLower().withoutPrefixLength().toCanonicalString() + " "
                        + prefix.getNetworkMask().withoutPrefixLength().toCanonicalString();
            }
        };
    }
}
