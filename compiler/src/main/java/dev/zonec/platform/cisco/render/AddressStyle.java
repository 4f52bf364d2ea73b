package dev.zonec.platform.cisco.render;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import java.util.List;
import java.util.Optional;

/**
 * How a Cisco-family platform refers to the source or destination of an ACL entry: in place, or through a named
 * definition it writes once ({@link AddressGroup}). IOS, NX-OS, EOS and ASA differ only in these choices;
 * {@link AclAddresses} applies them the same way for all four, and each template spells the result.
 */
public interface AddressStyle {

    /**
     * The endpoint written in place, one operand per ACL entry (several operands mean several entries); empty when
     * the endpoint needs a named definition instead.
     */
    Optional<List<AclAddress>> inline(List<AddressBlock> blocks, IpFamily family);

    /** The named definition of an endpoint's addresses of one IP version (never asked when all inline). */
    AddressGroup group(Endpoint endpoint, IpFamily family, List<AddressBlock> blocks);
}
