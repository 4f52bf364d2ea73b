package dev.zonec.platform.cisco.render.nxos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class NxosAddressStyleTest {
    private static final Span SPAN = new Span(new SourceFile("site.zc", "zone"), 1, 1, 4);

    @Test
    void onePrefixIsWrittenInPlaceAHostWithItsFullLength() {
        AclAddresses addresses = new AclAddresses(new NxosAddressStyle(10));
        assertEquals(List.of(AclAddress.prefix("10.20.0.40", 32)),
                addresses.operands(endpoint(block("10.20.0.40")), IpFamily.V4, List.of()));
        assertEquals(List.of(AclAddress.prefix("2001:db8::", 64)),
                addresses.operands(endpoint(block("2001:db8::/64")), IpFamily.V6, List.of()));
        assertEquals(List.of(), addresses.groups());
    }

    @Test
    void aRangeIsAnAddrgroupOfTheExactPrefixes() {
        AclAddresses addresses = new AclAddresses(new NxosAddressStyle(10));
        Endpoint plc6 = endpoint(AddressBlock.ofRange(new IPAddressString("2001:db8:1::11").getAddress()
                .spanWithRange(new IPAddressString("2001:db8:1::13").getAddress())));
        assertEquals(List.of(AclAddress.group("zc6-plc", false)), addresses.operands(plc6, IpFamily.V6, List.of()));
        assertTrue(addresses.groups().get(0).v6());
        assertEquals(List.of(new AddressGroup.Entry(10, AclAddress.prefix("2001:db8:1::11", 128)),
                new AddressGroup.Entry(20, AclAddress.prefix("2001:db8:1::12", 127))), addresses.groups().get(0).entries());
    }

    private static Endpoint endpoint(AddressBlock block) {
        return new Endpoint(Endpoint.Kind.ASSET, "plc", "field", List.of(block), Optional.empty(), SPAN);
    }

    private static AddressBlock block(String text) {
        return AddressBlock.of(new IPAddressString(text).getAddress());
    }
}
