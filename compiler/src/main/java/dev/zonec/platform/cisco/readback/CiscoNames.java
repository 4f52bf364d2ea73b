package dev.zonec.platform.cisco.readback;

import java.util.Map;

/**
 * The names Cisco-family ACLs accept for protocols, ports and ICMP messages, with their numbers. These are the
 * classic IOS keywords, which NX-OS and EOS share (Cisco IOS Security Command Reference, {@code permit (IP)} and
 * {@code permit (IPv6)}; NX-OS {@code permit (IPv4)}; EOS ACL rule parameters). A name that is not here is not
 * read back: the entry then makes its device unprovable rather than guessed.
 */
public final class CiscoNames {

    private CiscoNames() {}

    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ICMPV6 = 58;
    public static final int SCTP = 132;

    /** IOS and NX-OS protocol keywords in IPv4 ACLs ({@code ip} itself means every protocol). */
    public static final Map<String, Integer> IOS_IPV4_PROTOCOLS = Map.ofEntries(
            Map.entry("icmp", ICMP), Map.entry("igmp", 2), Map.entry("ipinip", 4), Map.entry("tcp", TCP),
            Map.entry("udp", UDP), Map.entry("gre", 47), Map.entry("esp", 50), Map.entry("ahp", 51),
            Map.entry("eigrp", 88), Map.entry("ospf", 89), Map.entry("nos", 94), Map.entry("pim", 103),
            Map.entry("pcp", 108), Map.entry("sctp", SCTP));

    /** IOS and NX-OS protocol keywords in IPv6 ACLs: {@code icmp} there is ICMPv6 ({@code ipv6} means every one). */
    public static final Map<String, Integer> IOS_IPV6_PROTOCOLS = Map.of(
            "icmp", ICMPV6, "tcp", TCP, "udp", UDP, "esp", 50, "ahp", 51, "pcp", 108, "sctp", SCTP);

    /** ICMP message names (type, and code where the name is that specific). */
    public static final Map<String, IcmpType> ICMP_NAMES = Map.ofEntries(
            Map.entry("echo-reply", IcmpType.of(0)),
            Map.entry("unreachable", IcmpType.of(3)),
            Map.entry("net-unreachable", IcmpType.of(3, 0)),
            Map.entry("host-unreachable", IcmpType.of(3, 1)),
            Map.entry("protocol-unreachable", IcmpType.of(3, 2)),
            Map.entry("port-unreachable", IcmpType.of(3, 3)),
            Map.entry("packet-too-big", IcmpType.of(3, 4)),
            Map.entry("source-route-failed", IcmpType.of(3, 5)),
            Map.entry("network-unknown", IcmpType.of(3, 6)),
            Map.entry("host-unknown", IcmpType.of(3, 7)),
            Map.entry("host-isolated", IcmpType.of(3, 8)),
            Map.entry("dod-net-prohibited", IcmpType.of(3, 9)),
            Map.entry("dod-host-prohibited", IcmpType.of(3, 10)),
            Map.entry("net-tos-unreachable", IcmpType.of(3, 11)),
            Map.entry("host-tos-unreachable", IcmpType.of(3, 12)),
            Map.entry("administratively-prohibited", IcmpType.of(3, 13)),
            Map.entry("host-precedence-unreachable", IcmpType.of(3, 14)),
            Map.entry("precedence-unreachable", IcmpType.of(3, 15)),
            Map.entry("source-quench", IcmpType.of(4)),
            Map.entry("redirect", IcmpType.of(5)),
            Map.entry("net-redirect", IcmpType.of(5, 0)),
            Map.entry("host-redirect", IcmpType.of(5, 1)),
            Map.entry("net-tos-redirect", IcmpType.of(5, 2)),
            Map.entry("host-tos-redirect", IcmpType.of(5, 3)),
            Map.entry("alternate-address", IcmpType.of(6)),
            Map.entry("echo", IcmpType.of(8)),
            Map.entry("router-advertisement", IcmpType.of(9)),
            Map.entry("router-solicitation", IcmpType.of(10)),
            Map.entry("time-exceeded", IcmpType.of(11)),
            Map.entry("ttl-exceeded", IcmpType.of(11, 0)),
            Map.entry("reassembly-timeout", IcmpType.of(11, 1)),
            Map.entry("parameter-problem", IcmpType.of(12)),
            Map.entry("general-parameter-problem", IcmpType.of(12, 0)),
            Map.entry("option-missing", IcmpType.of(12, 1)),
            Map.entry("no-room-for-option", IcmpType.of(12, 2)),
            Map.entry("timestamp-request", IcmpType.of(13)),
            Map.entry("timestamp-reply", IcmpType.of(14)),
            Map.entry("information-request", IcmpType.of(15)),
            Map.entry("information-reply", IcmpType.of(16)),
            Map.entry("mask-request", IcmpType.of(17)),
            Map.entry("mask-reply", IcmpType.of(18)),
            Map.entry("traceroute", IcmpType.of(30)),
            Map.entry("conversion-error", IcmpType.of(31)),
            Map.entry("mobile-redirect", IcmpType.of(32)));

    /** ICMPv6 message names of IOS and NX-OS IPv6 ACLs (RFC 4443, RFC 4861, RFC 2710 numbers). */
    public static final Map<String, IcmpType> ICMPV6_NAMES = Map.ofEntries(
            Map.entry("unreachable", IcmpType.of(1)),
            Map.entry("packet-too-big", IcmpType.of(2)),
            Map.entry("time-exceeded", IcmpType.of(3)),
            Map.entry("parameter-problem", IcmpType.of(4)),
            Map.entry("echo-request", IcmpType.of(128)),
            Map.entry("echo-reply", IcmpType.of(129)),
            Map.entry("mld-query", IcmpType.of(130)),
            Map.entry("mld-report", IcmpType.of(131)),
            Map.entry("mld-reduction", IcmpType.of(132)),
            Map.entry("router-solicitation", IcmpType.of(133)),
            Map.entry("router-advertisement", IcmpType.of(134)),
            Map.entry("nd-ns", IcmpType.of(135)),
            Map.entry("nd-na", IcmpType.of(136)),
            Map.entry("redirect", IcmpType.of(137)));

    /** TCP port names. */
    public static final Map<String, Integer> TCP_PORTS = Map.ofEntries(
            Map.entry("bgp", 179), Map.entry("chargen", 19), Map.entry("cmd", 514), Map.entry("daytime", 13),
            Map.entry("discard", 9), Map.entry("domain", 53), Map.entry("drip", 3949), Map.entry("echo", 7),
            Map.entry("exec", 512), Map.entry("finger", 79), Map.entry("ftp", 21), Map.entry("ftp-data", 20),
            Map.entry("gopher", 70), Map.entry("hostname", 101), Map.entry("ident", 113), Map.entry("irc", 194),
            Map.entry("klogin", 543), Map.entry("kshell", 544), Map.entry("login", 513), Map.entry("lpd", 515),
            Map.entry("nntp", 119), Map.entry("pim-auto-rp", 496), Map.entry("pop2", 109), Map.entry("pop3", 110),
            Map.entry("smtp", 25), Map.entry("sunrpc", 111), Map.entry("tacacs", 49), Map.entry("talk", 517),
            Map.entry("telnet", 23), Map.entry("time", 37), Map.entry("uucp", 540), Map.entry("whois", 43),
            Map.entry("www", 80));

    /** UDP port names. */
    public static final Map<String, Integer> UDP_PORTS = Map.ofEntries(
            Map.entry("biff", 512), Map.entry("bootpc", 68), Map.entry("bootps", 67), Map.entry("discard", 9),
            Map.entry("dnsix", 195), Map.entry("domain", 53), Map.entry("echo", 7), Map.entry("isakmp", 500),
            Map.entry("mobile-ip", 434), Map.entry("nameserver", 42), Map.entry("netbios-dgm", 138),
            Map.entry("netbios-ns", 137), Map.entry("netbios-ss", 139), Map.entry("non500-isakmp", 4500),
            Map.entry("ntp", 123), Map.entry("pim-auto-rp", 496), Map.entry("rip", 520), Map.entry("snmp", 161),
            Map.entry("snmptrap", 162), Map.entry("sunrpc", 111), Map.entry("syslog", 514), Map.entry("tacacs", 49),
            Map.entry("talk", 517), Map.entry("tftp", 69), Map.entry("time", 37), Map.entry("who", 513),
            Map.entry("xdmcp", 177));
}
