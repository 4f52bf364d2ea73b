package dev.zonec.platform.cisco.render.asa;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.platform.cisco.render.AclAddress;
import dev.zonec.platform.cisco.render.AddressGroup;
import dev.zonec.platform.cisco.render.AddressStyle;
import dev.zonec.render.ConfigText;
import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Optional;

/**
 * ASA addresses are always named, so the policy's names and descriptions show in the ASA's own tools: an endpoint of
 * one block is an {@code object network} (a host, a subnet or a range), an endpoint of more is an
 * {@code object-group network} of network objects (a range inside a group is written as the exact list of prefixes
 * that covers it). IPv4 and IPv6 addresses of one endpoint get separate definitions ({@code zc-NAME},
 * {@code zc6-NAME}): ACL entries are per IP version.
 */
final class AsaAddressStyle implements AddressStyle {
    private final int descriptionMax;

    AsaAddressStyle(int descriptionMax) {
        this.descriptionMax = descriptionMax;
    }

    @Override
    public Optional<List<AclAddress>> inline(List<AddressBlock> blocks, IpFamily family) {
        return Optional.empty();
    }

    @Override
    public AddressGroup group(Endpoint endpoint, IpFamily family, List<AddressBlock> blocks) {
        // '.': no policy name has one, so `zc-fw1.control` cannot also be an asset's object (the ASA allows it)
        String name = (family == IpFamily.V6 ? "zc6-" : "zc-") + endpoint.subject('.');
        String description = endpoint.description()
                .map(d -> ConfigText.freeText(d, CiscoAsaRenderer.FREE_TEXT_FORBIDDEN, '_', descriptionMax))
                .orElse("");
        if (blocks.size() == 1) {
            return new AddressGroup(name, endpoint, family, true, description,
                    List.of(new AddressGroup.Entry(0, object(blocks.get(0)))), List.of());
        }
        List<AddressGroup.Entry> entries = blocks.stream().flatMap(b -> b.prefixBlocks().stream())
                .map(p -> new AddressGroup.Entry(0, networkObject(p))).toList();
        return new AddressGroup(name, endpoint, family, false, description, entries, List.of());
    }

    /**
     * The same endpoints written in place, one operand per prefix block: what a temporary ACL uses, so that no object
     * is in use while the file rebuilds the objects.
     */
    AddressStyle writtenOut() {
        return new AddressStyle() {
            @Override
            public Optional<List<AclAddress>> inline(List<AddressBlock> blocks, IpFamily family) {
                return Optional.of(blocks.stream().flatMap(b -> b.prefixBlocks().stream())
                        .map(AsaAddressStyle::networkObject).toList());
            }

            @Override
            public AddressGroup group(Endpoint endpoint, IpFamily family, List<AddressBlock> blocks) {
                throw new IllegalStateException("a written-out style makes no group");
            }
        };
    }

    /** The one address of an {@code object network}: a host, a range, or a subnet (a mask, or a length for IPv6). */
    private static AclAddress object(AddressBlock block) {
        return switch (block.form()) {
            case HOST -> AclAddress.host(block.lower().toCanonicalString());
            case RANGE -> AclAddress.range(block.lower().toCanonicalString(), block.upper().toCanonicalString());
            case PREFIX -> prefix(block.prefixBlocks().get(0));
        };
    }

    /** A network object of a group: a host, an IPv4 prefix with its mask, an IPv6 prefix with its length. */
    private static AclAddress networkObject(IPAddress block) {
        if (!block.isIPv6() && (block.getPrefixLength() == null || block.getPrefixLength() == 32)) {
            return AclAddress.host(block.getLower().withoutPrefixLength().toCanonicalString());
        }
        return prefix(block);
    }

    private static AclAddress prefix(IPAddress block) {
        String address = block.getLower().withoutPrefixLength().toCanonicalString();
        if (block.isIPv6()) {
            Integer length = block.getPrefixLength();
            return AclAddress.prefix(address, length == null ? block.getBitCount() : length);
        }
        return AclAddress.masked(address, block.getNetworkMask().withoutPrefixLength().toCanonicalString());
    }
}
