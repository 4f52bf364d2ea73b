package dev.zonec.platform.cisco.render.ios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import dev.zonec.platform.cisco.render.AclAddress;
import dev.zonec.platform.cisco.render.AclAddresses;
import dev.zonec.platform.cisco.render.AddressGroup;
import inet.ipaddr.IPAddressString;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IosAddressStyleTest {

    /** A zone of two subnets: the group entries take a plain subnet mask. */
    @Test
    void aGroupOfPrefixesUsesSubnetMasks() {
        Endpoint zone = new Endpoint(Endpoint.Kind.ZONE, "field", "field",
                List.of(block("10.1.1.0/24"), block("10.1.2.0/25")), Optional.empty(),
                new Span(new SourceFile("site.zc", "zone"), 1, 1, 4));
        AclAddresses addresses = new AclAddresses(new IosAddressStyle());
        assertEquals(List.of(AclAddress.group("zc-field", false)), addresses.operands(zone, IpFamily.V4, List.of()));
        assertEquals(List.of(AclAddress.masked("10.1.1.0", "255.255.255.0"),
                AclAddress.masked("10.1.2.0", "255.255.255.128")),
                addresses.groups().get(0).entries().stream().map(AddressGroup.Entry::address).toList());
    }

    private static AddressBlock block(String text) {
        return AddressBlock.of(new IPAddressString(text).getAddress());
    }
}
