package dev.zonec.platform.cisco.render.asa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import dev.zonec.platform.cisco.render.AclAddresses;
import dev.zonec.platform.cisco.render.AclAddress;
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
        assertEquals(List.of(AclAddress.group("zc-meters", true)), addresses.operands(meters, IpFamily.V4, List.of()));
        AddressGroup group = addresses.groups().get(0);
        assertTrue(group.object());
        assertEquals(List.of(AclAddress.masked("10.1.1.64", "255.255.255.240")), addresses(group));
        assertEquals("Meters__next line", group.description());
    }

    @Test
    void severalBlocksAreAGroupPerIpVersionWithRangesAsExactPrefixes() {
        AclAddresses addresses = new AclAddresses(new AsaAddressStyle(100));
        Endpoint zone = new Endpoint(Endpoint.Kind.ZONE, "field", "field",
                List.of(block("10.1.0.0/24"), range("10.1.1.11", "10.1.1.13"), block("2001:db8:1::/64"),
                        block("2001:db8:2::1")), Optional.empty(), SPAN);
        assertEquals(List.of(AclAddress.group("zc-field", false)), addresses.operands(zone, IpFamily.V4, List.of()));
        assertEquals(List.of(AclAddress.group("zc6-field", false)), addresses.operands(zone, IpFamily.V6, List.of()));
        List<AddressGroup> groups = addresses.groups();
        assertEquals(List.of(AclAddress.masked("10.1.0.0", "255.255.255.0"), AclAddress.host("10.1.1.11"),
                AclAddress.masked("10.1.1.12", "255.255.255.254")), addresses(groups.get(0)));
        assertEquals(List.of(AclAddress.prefix("2001:db8:1::", 64), AclAddress.prefix("2001:db8:2::1", 128)),
                addresses(groups.get(1)));
    }

    static List<AclAddress> addresses(AddressGroup group) {
        return group.entries().stream().map(AddressGroup.Entry::address).toList();
    }

    static AddressBlock block(String text) {
        return AddressBlock.of(new IPAddressString(text).getAddress());
    }

    static AddressBlock range(String from, String to) {
        return AddressBlock.ofRange(new IPAddressString(from).getAddress()
                .spanWithRange(new IPAddressString(to).getAddress()));
    }
}
