package dev.zonec.platform.cisco.render.asa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import dev.zonec.platform.cisco.render.AclAddresses;
import dev.zonec.platform.cisco.render.AddressGroup;
import inet.ipaddr.IPAddressString;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AsaAddressStyleTest {
    private static final Span SPAN = new Span(new SourceFile("site.zc", "zone"), 1, 1, 4);

    @Test
    void oneBlockIsANetworkObjectWithItsDescriptionOnOneLine() {
        AclAddresses addresses = new AclAddresses(new AsaAddressStyle(100));
        Endpoint meters = new Endpoint(Endpoint.Kind.ASSET, "meters", "field", List.of(block("10.1.1.64/28")),
                Optional.of("Meters?\nnext line"), SPAN);
        assertEquals(List.of("object zc-meters"), addresses.operands(meters, IpFamily.V4));
        AddressGroup group = addresses.groups().get(0);
        assertEquals("object network", group.command());
        assertEquals(List.of("subnet 10.1.1.64 255.255.255.240", "description Meters__next line"), group.entries());
    }

    @Test
    void severalBlocksAreAGroupPerIpVersionWithRangesAsExactPrefixes() {
        AclAddresses addresses = new AclAddresses(new AsaAddressStyle(100));
        Endpoint zone = new Endpoint(Endpoint.Kind.ZONE, "field", "field",
                List.of(block("10.1.0.0/24"), range("10.1.1.11", "10.1.1.13"), block("2001:db8:1::/64"),
                        block("2001:db8:2::1")), Optional.empty(), SPAN);
        assertEquals(List.of("object-group zc-field"), addresses.operands(zone, IpFamily.V4));
        assertEquals(List.of("object-group zc6-field"), addresses.operands(zone, IpFamily.V6));
        List<AddressGroup> groups = addresses.groups();
        assertEquals(List.of("network-object 10.1.0.0 255.255.255.0", "network-object host 10.1.1.11",
                "network-object 10.1.1.12 255.255.255.254"), groups.get(0).entries());
        assertEquals(List.of("network-object 2001:db8:1::/64", "network-object 2001:db8:2::1/128"),
                groups.get(1).entries());
    }

    static AddressBlock block(String text) {
        return AddressBlock.of(new IPAddressString(text).getAddress());
    }

    static AddressBlock range(String from, String to) {
        return AddressBlock.ofRange(new IPAddressString(from).getAddress()
                .spanWithRange(new IPAddressString(to).getAddress()));
    }
}
