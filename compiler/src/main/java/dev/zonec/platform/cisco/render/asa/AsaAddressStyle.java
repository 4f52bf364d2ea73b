package dev.zonec.platform.cisco.render.asa;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.render.ConfigText;
import dev.zonec.platform.cisco.render.AddressGroup;
import dev.zonec.platform.cisco.render.AddressStyle;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ASA addresses are always named, so the policy's names and descriptions show in the ASA's own tools: an endpoint of
 * one block is an {@code object network} ({@code host}, {@code subnet} or {@code range}), an endpoint of more is an
 * {@code object-group network} of {@code network-object}s (a range inside a group is written as the exact list of
 * prefixes that covers it). IPv4 and IPv6 addresses of one endpoint get separate definitions ({@code zc-NAME},
 * {@code zc6-NAME}): ACL entries are per IP version.
 */
final class AsaAddressStyle implements AddressStyle {
    static final String OBJECT = "object network";
    static final String GROUP = "object-group network";

    private final int descriptionMax;

    AsaAddressStyle(int descriptionMax) {
        this.descriptionMax = descriptionMax;
    }

    @Override
    public Optional<List<String>> inline(List<AddressBlock> blocks, IpFamily family) {
        return Optional.empty();
    }

    @Override
    public AddressGroup group(Endpoint endpoint, IpFamily family, List<AddressBlock> blocks) {
        String name = (family == IpFamily.V6 ? "zc6-" : "zc-") + endpoint.name();
        List<String> description = endpoint.description()
                .map(d -> "description " + ConfigText.freeText(d, CiscoAsaRenderer.FREE_TEXT_FORBIDDEN, '_',
                        descriptionMax))
                .stream().toList();
        List<String> entries = new ArrayList<>();
        if (blocks.size() == 1) {
            entries.add(object(blocks.get(0)));
            entries.addAll(description);
            return new AddressGroup(OBJECT, name, endpoint, family, entries);
        }
        entries.addAll(description);
        blocks.stream().flatMap(b -> b.prefixBlocks().stream()).forEach(p -> entries.add(networkObject(p)));
        return new AddressGroup(GROUP, name, endpoint, family, entries);
    }

    @Override
    public String reference(AddressGroup group) {
        return (group.command().equals(OBJECT) ? "object " : "object-group ") + group.name();
    }

    /** The one address line of an {@code object network}. */
    private static String object(AddressBlock block) {
        return switch (block.form()) {
            case HOST -> "host " + block.lower().toCanonicalString();
            case RANGE -> "range " + block.lower().toCanonicalString() + " " + block.upper().toCanonicalString();
            case PREFIX -> "subnet " + prefix(block.prefixBlocks().get(0));
        };
    }

    /** {@code network-object host A}, {@code network-object A MASK} or, for IPv6, {@code network-object A/len}. */
    private static String networkObject(IPAddress block) {
        if (block.isIPv6()) {
            return "network-object " + withLength(block);
        }
        if (block.getPrefixLength() == null || block.getPrefixLength() == 32) {
            return "network-object host " + block.getLower().withoutPrefixLength().toCanonicalString();
        }
        return "network-object " + prefix(block);
    }

    /** An IPv4 prefix as {@code A MASK}, an IPv6 prefix as {@code A/len}. */
    private static String prefix(IPAddress block) {
        if (block.isIPv6()) {
            return withLength(block);
        }
        return block.getLower().withoutPrefixLength().toCanonicalString() + " "
                + block.getNetworkMask().withoutPrefixLength().toCanonicalString();
    }

    private static String withLength(IPAddress block) {
        Integer length = block.getPrefixLength();
        return block.getLower().withoutPrefixLength().toCanonicalString() + "/"
                + (length == null ? block.getBitCount() : length);
    }
}
