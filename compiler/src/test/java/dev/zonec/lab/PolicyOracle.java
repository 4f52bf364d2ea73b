package dev.zonec.lab;

import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Flow;
import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.List;

/**
 * The verdict the policy gives a new connection, read from the resolved flows alone (zones, endpoints, services)
 * and never from the lowered rules or the generated files: the kernel's behaviour is checked against the policy, not
 * against zonec's own idea of it. A probe's source port is ephemeral, so only service terms that leave the source port
 * open can allow it.
 */
record PolicyOracle(List<Flow> flows) {

    PolicyOracle {
        flows = List.copyOf(flows);
    }

    Verdict expect(String sourceZone, String source, String destinationZone, String destination, Protocol protocol,
                   int port) {
        return allows(sourceZone, source, destinationZone, destination, protocol, port) ? Verdict.OPEN : Verdict.CLOSED;
    }

    boolean allows(String sourceZone, String source, String destinationZone, String destination, Protocol protocol,
                   int port) {
        IPAddress from = address(source);
        IPAddress to = address(destination);
        // a device's own end (DEVICE@ZONE) is reached only by the flows to that device
        java.util.Optional<LabLayout.Own> own = LabLayout.Own.of(destinationZone);
        return flows.stream().anyMatch(f -> f.sourceZone().equals(sourceZone)
                && (own.isPresent() ? f.device().equals(java.util.Optional.of(own.get().device()))
                        && f.destinationZone().equals(own.get().zone())
                        : f.device().isEmpty() && f.destinationZone().equals(destinationZone))
                && covers(f.sources(), from)
                && covers(f.destinations(), to)
                && f.services().stream().flatMap(s -> s.matches().stream()).anyMatch(m -> admits(m, protocol, port)));
    }

    private static boolean covers(List<Endpoint> endpoints, IPAddress address) {
        return endpoints.stream().flatMap(e -> e.addresses().stream()).anyMatch(b -> b.range().contains(address));
    }

    private static boolean admits(Match match, Protocol protocol, int port) {
        if (match instanceof Match.AnyIp) {
            return true;
        }
        if (match instanceof Match.L4 l4) {
            return l4.protocol() == protocol && !l4.established() && l4.sourcePorts().isAll()
                    && l4.destinationPorts().first() <= port && port <= l4.destinationPorts().last();
        }
        return false; // ICMP: the lab sends TCP and UDP only
    }

    static IPAddress address(String text) {
        return new IPAddressString(text).getAddress();
    }
}
