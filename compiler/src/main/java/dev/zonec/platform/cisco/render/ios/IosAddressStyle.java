package dev.zonec.platform.cisco.render.ios;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.platform.cisco.render.AclAddress;
import dev.zonec.platform.cisco.render.AddressGroup;
import dev.zonec.platform.cisco.render.AddressStyle;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Optional;

/**
 * IOS addresses: a host or an address with its wildcard for one IPv4 block, an {@code object-group network} for
 * more; IOS-XE has no IPv6 network object groups for interface ACLs, so IPv6 endpoints are written out block by
 * block (a host, or a prefix).
 */
final class IosAddressStyle implements AddressStyle {

    @Override
    public Optional<List<AclAddress>> inline(List<AddressBlock> blocks, IpFamily family) {
        List<IPAddress> cidrs = blocks.stream().flatMap(b -> b.prefixBlocks().stream()).toList();
        if (family == IpFamily.V6) {
            return Optional.of(cidrs.stream().map(IosAddressStyle::v6).toList());
        }
        return cidrs.size() == 1 ? Optional.of(List.of(v4(cidrs.get(0)))) : Optional.empty();
    }

    @Override
    public AddressGroup group(Endpoint endpoint, IpFamily family, List<AddressBlock> blocks) {
        return new AddressGroup("zc-" + endpoint.subject('_'), endpoint, family, false, "",
                blocks.stream().map(b -> new AddressGroup.Entry(0, groupEntry(b))).toList(), List.of());
    }

    private static AclAddress v4(IPAddress block) {
        if (block.getPrefixLength() == null || block.getPrefixLength() == 32) {
            return AclAddress.host(block.getLower().withoutPrefixLength().toCanonicalString());
        }
        return AclAddress.masked(block.getLower().withoutPrefixLength().toCanonicalString(),
                block.getHostMask().toCanonicalString());
    }

    private static AclAddress v6(IPAddress block) {
        if (block.getPrefixLength() == null || block.getPrefixLength() == 128) {
            return AclAddress.host(block.getLower().withoutPrefixLength().toCanonicalString());
        }
        return AclAddress.prefix(block.getLower().withoutPrefixLength().toCanonicalString(), block.getPrefixLength());
    }

    /** Network object-group entries take a subnet mask, not a wildcard, and accept ranges. */
    private static AclAddress groupEntry(AddressBlock block) {
        return switch (block.form()) {
            case HOST -> AclAddress.host(block.lower().toCanonicalString());
            case RANGE -> AclAddress.range(block.lower().toCanonicalString(), block.upper().toCanonicalString());
            case PREFIX -> {
                IPAddress prefix = block.prefixBlocks().get(0);
                yield AclAddress.masked(prefix.getLower().withoutPrefixLength().toCanonicalString(),
                        prefix.getNetworkMask().withoutPrefixLength().toCanonicalString());
            }
        };
    }
}
