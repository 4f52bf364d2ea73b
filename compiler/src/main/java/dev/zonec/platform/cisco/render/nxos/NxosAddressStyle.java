package dev.zonec.platform.cisco.render.nxos;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.platform.cisco.render.AddressGroup;
import dev.zonec.platform.cisco.render.AddressStyle;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * NX-OS addresses, always in prefix notation ({@code 10.1.1.0/24}, a host as {@code /32} or {@code /128}): one
 * prefix in place, more through an address object group ({@code object-group ip address} or
 * {@code object-group ipv6 address}) referenced with {@code addrgroup}. NX-OS groups hold prefixes, not ranges, so a
 * range is written as the exact list of prefixes that covers it.
 */
final class NxosAddressStyle implements AddressStyle {

    @Override
    public Optional<List<String>> inline(List<AddressBlock> blocks, IpFamily family) {
        List<IPAddress> prefixes = prefixes(blocks);
        return prefixes.size() == 1 ? Optional.of(List.of(prefix(prefixes.get(0)))) : Optional.empty();
    }

    @Override
    public AddressGroup group(Endpoint endpoint, IpFamily family, List<AddressBlock> blocks) {
        boolean v6 = family == IpFamily.V6;
        List<String> entries = new ArrayList<>();
        for (IPAddress prefix : prefixes(blocks)) {
            entries.add((entries.size() + 1) * CiscoNxosRenderer.STEP + " " + prefix(prefix));
        }
        return new AddressGroup(v6 ? "object-group ipv6 address" : "object-group ip address",
                (v6 ? "zc6-" : "zc-") + endpoint.name(), endpoint, family, entries);
    }

    @Override
    public String reference(AddressGroup group) {
        return "addrgroup " + group.name();
    }

    private static List<IPAddress> prefixes(List<AddressBlock> blocks) {
        return blocks.stream().flatMap(b -> b.prefixBlocks().stream()).toList();
    }

    /** {@code A/len}, with the full length for a single address. */
    private static String prefix(IPAddress block) {
        Integer length = block.getPrefixLength();
        return block.getLower().withoutPrefixLength().toCanonicalString() + "/"
                + (length == null ? block.getBitCount() : length);
    }
}
