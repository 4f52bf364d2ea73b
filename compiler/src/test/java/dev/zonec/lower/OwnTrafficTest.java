package dev.zonec.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.zonec.model.site.IpFamily.V4;
import static dev.zonec.model.site.IpFamily.V6;

import dev.zonec.model.site.Flow;
import dev.zonec.platform.Targets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OwnTrafficTest {
    private static final SortedSet<Crossing> PATH = new TreeSet<>(List.of(
            new Crossing("fw-dmz", "ot-dmz", "site-ops"), new Crossing("fw-ot", "site-ops", "supervisory")));

    private static Flow flow(Optional<String> device) {
        return new Flow(1, "switch-management", "switch-ssh", "ot-dmz", "supervisory", List.of(), List.of(), List.of(),
                false, null, device);
    }

    @Test
    void aFlowBetweenHostsIsForwardedByEveryDeviceOnItsPath() {
        OwnTraffic.Split split = OwnTraffic.split(flow(Optional.empty()), PATH);
        assertEquals(List.copyOf(PATH), split.forwarded());
        assertTrue(split.accepted().isEmpty());
    }

    @Test
    void aDeviceOffThePathAcceptsItsFlowFromTheZoneOfItsAddress() {
        OwnTraffic.Split split = OwnTraffic.split(flow(Optional.of("sw-core")), PATH);
        assertEquals(List.copyOf(PATH), split.forwarded());
        assertEquals(Set.of("supervisory"), split.accepted());
    }

    @Test
    void aDeviceOnThePathAcceptsItsFlowWhereItEntersAndDoesNotForwardIt() {
        OwnTraffic.Split split = OwnTraffic.split(flow(Optional.of("fw-ot")), PATH);
        assertEquals(List.of(new Crossing("fw-dmz", "ot-dmz", "site-ops")), split.forwarded());
        assertEquals(Set.of("site-ops"), split.accepted());
    }

    @Test
    void inboundAclInputChainAndZoneFirewallPlatformsHaveTheirOwnTrafficWritten() {
        for (String written : List.of("cisco-ios", "cisco-nxos", "arista-eos", "juniper-junos", "nftables", "iptables",
                "juniper-srx", "paloalto-panos", "cisco-asa", "fortinet-fortios")) {
            assertTrue(OwnTraffic.written(platform(written)), written);
        }
    }

    @Test
    void anSrxAcceptsItsOwnTrafficOnlyInTheZoneOfItsAddress() {
        Flow flow = flow(Optional.of("fw"));
        assertTrue(OwnTraffic.written(platform("juniper-srx"), flow, "supervisory"));
        assertFalse(OwnTraffic.written(platform("juniper-srx"), flow, "site-ops"),
                "its policies to junos-host are looked up from the address's zone, whichever zone the packet came from");
        assertTrue(OwnTraffic.written(platform("paloalto-panos"), flow, "site-ops"));
        assertTrue(OwnTraffic.written(platform("fortinet-fortios"), flow, "site-ops"),
                "a local-in policy names the interface the packet arrives on");
        assertTrue(OwnTraffic.written(platform("cisco-ios"), flow, "site-ops"));
    }

    @Test
    void anAsaAcceptsItsOwnTrafficAtTheArrivalInterfaceByManagementLines() {
        Flow flow = flow(Optional.of("fw"));
        dev.zonec.model.site.Platform asa = platform("cisco-asa");
        assertTrue(OwnTraffic.written(asa, flow, "supervisory"));
        assertFalse(OwnTraffic.written(asa, flow, "site-ops"), "management only at the arrival interface's address");
        var kind = asa.capabilities().ownTraffic();
        var tcp = dev.zonec.model.site.Protocol.TCP;
        var ports = (java.util.function.IntFunction<dev.zonec.model.site.PortRange>) dev.zonec.model.site.PortRange::single;
        assertTrue(OwnTraffic.written(kind, dev.zonec.model.site.Match.L4.toPorts(tcp, ports.apply(22)), V4), "ssh");
        assertTrue(OwnTraffic.written(kind, dev.zonec.model.site.Match.L4.toPorts(tcp, ports.apply(443)), V4), "http");
        assertFalse(OwnTraffic.written(kind, dev.zonec.model.site.Match.L4.toPorts(tcp, ports.apply(8443)), V4), "8443");
        assertFalse(OwnTraffic.written(kind, dev.zonec.model.site.Match.L4.toPorts(dev.zonec.model.site.Protocol.UDP,
                ports.apply(161)), V4), "snmp: snmp-server host, the operator's");
        assertFalse(OwnTraffic.written(kind, new dev.zonec.model.site.Match.L4(tcp, ports.apply(1024),
                ports.apply(22), false), V4), "a source port");
        assertTrue(OwnTraffic.written(kind, new dev.zonec.model.site.Match.Icmp(dev.zonec.model.site.Protocol.ICMP,
                java.util.OptionalInt.of(8), java.util.OptionalInt.empty()), V4), "icmp permit ... echo");
        assertFalse(OwnTraffic.written(kind, new dev.zonec.model.site.Match.Icmp(dev.zonec.model.site.Protocol.ICMP,
                java.util.OptionalInt.of(3), java.util.OptionalInt.of(4)), V4), "an icmp line has no code");
        assertFalse(OwnTraffic.written(kind, new dev.zonec.model.site.Match.Icmp(dev.zonec.model.site.Protocol.ICMP6,
                java.util.OptionalInt.of(128), java.util.OptionalInt.empty()), V6), "ipv6 icmp lines are not written");
        assertFalse(OwnTraffic.written(kind, new dev.zonec.model.site.Match.AnyIp(), V4), "any");
        assertFalse(OwnTraffic.written(kind, dev.zonec.model.site.Match.L4.toPorts(tcp, ports.apply(22)), V6),
                "IPv6 management lines are not written");
        assertFalse(OwnTraffic.managementFamilies(kind, V6));
        assertTrue(OwnTraffic.managementFamilies(platform("cisco-ios").capabilities().ownTraffic(), V6));
        assertTrue(OwnTraffic.written(platform("cisco-ios").capabilities().ownTraffic(),
                new dev.zonec.model.site.Match.AnyIp(), V6), "an inbound ACL writes every term");
    }

    private static dev.zonec.model.site.Platform platform(String id) {
        return Targets.standard().byId(id).orElseThrow().platform();
    }
}
