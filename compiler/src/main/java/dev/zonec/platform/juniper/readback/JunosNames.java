package dev.zonec.platform.juniper.readback;

import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The text synonyms Junos accepts for numbers in firewall filters and applications: protocols, ports, ICMP types
 * and codes. Each table is the one in Juniper's match-condition references (Firewall Filter Match Conditions for
 * IPv4 / IPv6 Traffic; the port-name table of {@code destination-port} under {@code [edit applications]}); a name
 * not in them is not guessed.
 */
public final class JunosNames {

    private static final Map<String, Integer> PROTOCOLS = Map.ofEntries(
            Map.entry("ah", 51), Map.entry("dstopts", 60), Map.entry("dstops", 60), Map.entry("mobility", 135), Map.entry("egp", 8), Map.entry("esp", 50),
            Map.entry("fragment", 44), Map.entry("gre", 47), Map.entry("hop-by-hop", 0), Map.entry("icmp", 1),
            Map.entry("icmp6", 58), Map.entry("icmpv6", 58), Map.entry("igmp", 2), Map.entry("ipip", 4),
            Map.entry("ipv6", 41), Map.entry("no-next-header", 59), Map.entry("ospf", 89), Map.entry("pim", 103),
            Map.entry("routing", 43), Map.entry("rsvp", 46), Map.entry("sctp", 132), Map.entry("tcp", 6),
            Map.entry("udp", 17), Map.entry("vrrp", 112));

    private static final Map<String, Integer> PORTS = Map.ofEntries(
            Map.entry("afs", 1483), Map.entry("bgp", 179), Map.entry("biff", 512), Map.entry("bootpc", 68),
            Map.entry("bootps", 67), Map.entry("cmd", 514), Map.entry("cvspserver", 2401), Map.entry("dhcp", 67),
            Map.entry("domain", 53), Map.entry("eklogin", 2105), Map.entry("ekshell", 2106), Map.entry("exec", 512),
            Map.entry("finger", 79), Map.entry("ftp", 21), Map.entry("ftp-data", 20), Map.entry("http", 80),
            Map.entry("https", 443), Map.entry("ident", 113), Map.entry("imap", 143), Map.entry("kerberos-sec", 88),
            Map.entry("klogin", 543), Map.entry("kpasswd", 761), Map.entry("krb-prop", 754),
            Map.entry("krbupdate", 760), Map.entry("kshell", 544), Map.entry("ldap", 389), Map.entry("ldp", 646),
            Map.entry("login", 513), Map.entry("mobileip-agent", 434), Map.entry("mobilip-mn", 435),
            Map.entry("msdp", 639), Map.entry("netbios-dgm", 138), Map.entry("netbios-ns", 137),
            Map.entry("netbios-ssn", 139), Map.entry("nfsd", 2049), Map.entry("nntp", 119), Map.entry("ntalk", 518),
            Map.entry("ntp", 123), Map.entry("pop3", 110), Map.entry("pptp", 1723), Map.entry("printer", 515),
            Map.entry("radacct", 1813), Map.entry("radius", 1812), Map.entry("rip", 520), Map.entry("rkinit", 2108),
            Map.entry("smtp", 25), Map.entry("snmp", 161), Map.entry("snmptrap", 162), Map.entry("snmp-trap", 162),
            Map.entry("snpp", 444), Map.entry("socks", 1080), Map.entry("ssh", 22), Map.entry("sunrpc", 111),
            Map.entry("syslog", 514), Map.entry("tacacs", 49), Map.entry("tacacs-ds", 65), Map.entry("talk", 517),
            Map.entry("telnet", 23), Map.entry("tftp", 69), Map.entry("timed", 525), Map.entry("who", 513),
            Map.entry("xdmcp", 177));

    private static final Map<String, Integer> ICMP_TYPES = Map.ofEntries(
            Map.entry("echo-reply", 0), Map.entry("unreachable", 3), Map.entry("source-quench", 4),
            Map.entry("redirect", 5), Map.entry("echo-request", 8), Map.entry("router-advertisement", 9),
            Map.entry("router-solicit", 10), Map.entry("time-exceeded", 11), Map.entry("parameter-problem", 12),
            Map.entry("timestamp", 13), Map.entry("timestamp-reply", 14), Map.entry("info-request", 15),
            Map.entry("info-reply", 16), Map.entry("mask-request", 17), Map.entry("mask-reply", 18));

    private static final Map<String, Integer> ICMP_CODES = Map.ofEntries(
            Map.entry("network-unreachable", 0), Map.entry("host-unreachable", 1), Map.entry("protocol-unreachable", 2),
            Map.entry("port-unreachable", 3), Map.entry("fragmentation-needed", 4), Map.entry("source-route-failed", 5),
            Map.entry("destination-network-unknown", 6), Map.entry("destination-host-unknown", 7),
            Map.entry("source-host-isolated", 8), Map.entry("destination-network-prohibited", 9),
            Map.entry("destination-host-prohibited", 10), Map.entry("network-unreachable-for-tos", 11),
            Map.entry("host-unreachable-for-tos", 12), Map.entry("communication-prohibited-by-filtering", 13),
            Map.entry("host-precedence-violation", 14), Map.entry("precedence-cutoff-in-effect", 15),
            Map.entry("redirect-for-network", 0), Map.entry("redirect-for-host", 1),
            Map.entry("redirect-for-tos-and-net", 2), Map.entry("redirect-for-tos-and-host", 3),
            Map.entry("ttl-eq-zero-during-transit", 0), Map.entry("ttl-eq-zero-during-reassembly", 1),
            Map.entry("ip-header-bad", 0), Map.entry("required-option-missing", 1));

    private static final Map<String, Integer> ICMP6_TYPES = Map.ofEntries(
            Map.entry("destination-unreachable", 1), Map.entry("packet-too-big", 2), Map.entry("time-exceeded", 3),
            Map.entry("parameter-problem", 4), Map.entry("echo-request", 128), Map.entry("echo-reply", 129),
            Map.entry("membership-query", 130), Map.entry("membership-report", 131),
            Map.entry("membership-termination", 132), Map.entry("router-solicit", 133),
            Map.entry("router-advertisement", 134), Map.entry("neighbor-solicit", 135),
            Map.entry("neighbor-advertisement", 136), Map.entry("redirect", 137), Map.entry("router-renumbering", 138),
            Map.entry("node-information-request", 139), Map.entry("node-information-reply", 140),
            Map.entry("inverse-neighbor-discovery-solicitation", 141),
            Map.entry("inverse-neighbor-discovery-advertisement", 142),
            Map.entry("home-agent-address-discovery-request", 144),
            Map.entry("home-agent-address-discovery-reply", 145), Map.entry("mobile-prefix-solicitation", 146),
            Map.entry("mobile-prefix-advertisement-reply", 147), Map.entry("certificate-path-solicitation", 148),
            Map.entry("certificate-path-advertisement", 149));

    private static final Map<String, Integer> ICMP6_CODES = Map.ofEntries(
            Map.entry("no-route-to-destination", 0), Map.entry("administratively-prohibited", 1),
            Map.entry("address-unreachable", 3), Map.entry("port-unreachable", 4),
            Map.entry("ttl-eq-zero-during-transit", 0), Map.entry("ttl-eq-zero-during-reassembly", 1),
            Map.entry("ip6-header-bad", 0), Map.entry("unrecognized-next-header", 1),
            Map.entry("unrecognized-option", 2));

    private JunosNames() {}

    /** An IP protocol (next header) number, 0-255, or its synonym. */
    public static OptionalInt protocol(String text) {
        return number(text, PROTOCOLS, 255);
    }

    /** A port, a range {@code low-high}, or a port name. */
    public static Optional<PortRange> ports(String text) {
        Integer named = PORTS.get(text);
        if (named != null) {
            return Optional.of(new PortRange(named, named));
        }
        String[] parts = text.split("-", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        OptionalInt low = number(parts[0], Map.of(), 65535);
        OptionalInt high = parts.length == 2 ? number(parts[1], Map.of(), 65535) : low;
        if (low.isEmpty() || high.isEmpty() || low.getAsInt() > high.getAsInt()) {
            return Optional.empty();
        }
        return Optional.of(new PortRange(low.getAsInt(), high.getAsInt()));
    }

    /** An ICMP (IPv4) or ICMPv6 type, by number or by the synonym of that family. */
    public static OptionalInt icmpType(String text, IpFamily family) {
        return number(text, family == IpFamily.V4 ? ICMP_TYPES : ICMP6_TYPES, 255);
    }

    public static OptionalInt icmpCode(String text, IpFamily family) {
        return number(text, family == IpFamily.V4 ? ICMP_CODES : ICMP6_CODES, 255);
    }

    private static OptionalInt number(String text, Map<String, Integer> names, int max) {
        Integer named = names.get(text);
        if (named != null) {
            return OptionalInt.of(named);
        }
        if (text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text);
        return value <= max ? OptionalInt.of(value) : OptionalInt.empty();
    }
}
