package dev.zonec.platform.cisco.render.nxos;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.platform.cisco.render.AclAddress;
import dev.zonec.platform.cisco.render.AddressGroup;
import dev.zonec.platform.cisco.render.AddressStyle;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NX-OS addresses, always as prefixes (a host with its full length): one prefix in place, more through an address
 * object group ({@code object-group ip address} or {@code object-group ipv6 address}, entries numbered like ACL
 * entries). NX-OS groups hold prefixes, not ranges, so a range is written as the exact list of prefixes that covers it.
 */
final class NxosAddressStyle implements AddressStyle {
    private final int step;

    NxosAddressStyle(int step) {
        this.step = step;
    }

    @Override
    public Optional<List<AclAddress>> inline(List<AddressBlock> blocks, IpFamily family) {
        List<IPAddress> prefixes = prefixes(blocks);
        return prefixes.size() == 1 ? Optional.of(List.of(prefix(prefixes.get(0)))) : Optional.empty();
    }

    @Override
    public AddressGroup group(Endpoint endpoint, IpFamily family, List<AddressBlock> blocks) {
        List<AddressGroup.Entry> entries = new ArrayList<>();
        for (IPAddress prefix : prefixes(blocks)) {
            entries.add(new AddressGroup.Entry((entries.size() + 1) * step, prefix(prefix)));
        }
        return new AddressGroup((family == IpFamily.V6 ? "zc6-" : "zc-") + endpoint.subject('_'), endpoint, family, false,
                "", entries, List.of());
    }

    private static List<IPAddress> prefixes(List<AddressBlock> blocks) {
        return blocks.stream().flatMap(b -> b.prefixBlocks().stream()).toList();
    }

    private static AclAddress prefix(IPAddress block) {
        Integer length = block.getPrefixLength();
        return AclAddress.prefix(block.getLower().withoutPrefixLength().toCanonicalString(),
                length == null ? block.getBitCount() : length);
    }
}
