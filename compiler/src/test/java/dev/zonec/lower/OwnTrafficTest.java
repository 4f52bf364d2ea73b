package dev.zonec.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                "juniper-srx", "paloalto-panos")) {
            assertTrue(OwnTraffic.written(platform(written)), written);
        }
        for (String not : List.of("cisco-asa", "fortinet-fortios")) {
            assertFalse(OwnTraffic.written(platform(not)), not);
        }
    }

    @Test
    void anSrxAcceptsItsOwnTrafficOnlyInTheZoneOfItsAddress() {
        Flow flow = flow(Optional.of("fw"));
        assertTrue(OwnTraffic.written(platform("juniper-srx"), flow, "supervisory"));
        assertFalse(OwnTraffic.written(platform("juniper-srx"), flow, "site-ops"),
                "its policies to junos-host are looked up from the address's zone, whichever zone the packet came from");
        assertTrue(OwnTraffic.written(platform("paloalto-panos"), flow, "site-ops"));
        assertTrue(OwnTraffic.written(platform("cisco-ios"), flow, "site-ops"));
    }

    private static dev.zonec.model.site.Platform platform(String id) {
        return Targets.standard().byId(id).orElseThrow().platform();
    }
}
