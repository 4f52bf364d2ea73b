package dev.zonec.platform.cisco.render;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import java.util.List;
import java.util.Optional;

/**
 * How a Cisco-family platform writes the source or destination of an ACL entry: in place, or through a named
 * definition it writes once ({@link AddressGroup}). IOS, NX-OS and ASA differ only in these choices and spellings;
 * {@link AclAddresses} applies them the same way for all three.
 */
public interface AddressStyle {

    /**
     * The endpoint written in place, one operand per ACL entry (several operands mean several entries); empty when
     * the endpoint needs a named definition instead.
     */
    Optional<List<String>> inline(List<AddressBlock> blocks, IpFamily family);

    /** The named definition of an endpoint's addresses of one IP version. */
    AddressGroup group(Endpoint endpoint, IpFamily family, List<AddressBlock> blocks);

    /** How an ACL entry refers to the definition, e.g. {@code object-group zc-plc} or {@code addrgroup zc-plc}. */
    String reference(AddressGroup group);
}
