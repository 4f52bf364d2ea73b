package dev.zonec.platform.cisco.readback;

import dev.zonec.model.site.IpFamily;
import java.util.List;
import java.util.Map;

/**
 * What differs between the Cisco-family platforms once a line is parsed: the protocol and ICMP names each accepts
 * per IP version, and the rules an ACL has after its last entry besides the implicit deny. Port names are the
 * classic Cisco ones on all three ({@link CiscoNames}).
 *
 * @param implicitIpv6Permits ICMPv6 types every IPv6 ACL permits after its last entry (IOS: nd-na, nd-ns)
 */
public record Dialect(String platform, Map<String, Integer> ipv4Protocols, Map<String, Integer> ipv6Protocols,
                      Map<String, IcmpType> ipv4IcmpNames, Map<String, IcmpType> ipv6IcmpNames,
                      List<IcmpType> implicitIpv6Permits) {

    public Dialect {
        ipv4Protocols = Map.copyOf(ipv4Protocols);
        ipv6Protocols = Map.copyOf(ipv6Protocols);
        ipv4IcmpNames = Map.copyOf(ipv4IcmpNames);
        ipv6IcmpNames = Map.copyOf(ipv6IcmpNames);
        implicitIpv6Permits = List.copyOf(implicitIpv6Permits);
    }

    Map<String, Integer> protocols(IpFamily family) {
        return family == IpFamily.V4 ? ipv4Protocols : ipv6Protocols;
    }

    Map<String, IcmpType> icmpNames(IpFamily family) {
        return family == IpFamily.V4 ? ipv4IcmpNames : ipv6IcmpNames;
    }
}
