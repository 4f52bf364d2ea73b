package dev.zonec.platform.cisco.readback.asa;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The literal names the ASA accepts (and prints, in {@code show running-config}) for ports, IP protocols and ICMP
 * types: Cisco ASA Series General Operations Configuration Guide 9.x, "Addresses, Protocols, and Ports" (tables
 * "Protocols", "Ports" and "ICMP Types"). Where the ASA's number differs from IANA's (kerberos 750, radius 1645,
 * sqlnet 1521), the ASA's is the one that matters.
 */
final class AsaNames {
    private static final Map<String, Integer> PORTS = Map.ofEntries(
            Map.entry("aol", 5190), Map.entry("bgp", 179), Map.entry("biff", 512), Map.entry("bootpc", 68),
            Map.entry("bootps", 67), Map.entry("chargen", 19), Map.entry("cifs", 3020), Map.entry("citrix-ica", 1494),
            Map.entry("cmd", 514), Map.entry("ctiqbe", 2748), Map.entry("daytime", 13), Map.entry("discard", 9),
            Map.entry("dnsix", 195), Map.entry("domain", 53), Map.entry("echo", 7), Map.entry("exec", 512),
            Map.entry("finger", 79), Map.entry("ftp", 21), Map.entry("ftp-data", 20), Map.entry("gopher", 70),
            Map.entry("h323", 1720), Map.entry("hostname", 101), Map.entry("http", 80), Map.entry("https", 443),
            Map.entry("ident", 113), Map.entry("imap4", 143), Map.entry("irc", 194), Map.entry("isakmp", 500),
            Map.entry("kerberos", 750), Map.entry("klogin", 543), Map.entry("kshell", 544), Map.entry("ldap", 389),
            Map.entry("ldaps", 636), Map.entry("login", 513), Map.entry("lotusnotes", 1352), Map.entry("lpd", 515),
            Map.entry("mobile-ip", 434), Map.entry("nameserver", 42), Map.entry("netbios-dgm", 138),
            Map.entry("netbios-ns", 137), Map.entry("netbios-ssn", 139), Map.entry("nfs", 2049), Map.entry("nntp", 119),
            Map.entry("ntp", 123), Map.entry("pcanywhere-data", 5631), Map.entry("pcanywhere-status", 5632),
            Map.entry("pim-auto-rp", 496), Map.entry("pop2", 109), Map.entry("pop3", 110), Map.entry("pptp", 1723),
            Map.entry("radius", 1645), Map.entry("radius-acct", 1646), Map.entry("rip", 520), Map.entry("rsh", 514),
            Map.entry("rtsp", 554), Map.entry("secureid-udp", 5510), Map.entry("sip", 5060), Map.entry("smtp", 25),
            Map.entry("snmp", 161), Map.entry("snmptrap", 162), Map.entry("sqlnet", 1521), Map.entry("ssh", 22),
            Map.entry("sunrpc", 111), Map.entry("syslog", 514), Map.entry("tacacs", 49), Map.entry("talk", 517),
            Map.entry("telnet", 23), Map.entry("tftp", 69), Map.entry("time", 37), Map.entry("uucp", 540),
            Map.entry("vxlan", 4789), Map.entry("who", 513), Map.entry("whois", 43), Map.entry("www", 80),
            Map.entry("xdmcp", 177));

    private static final Map<String, Integer> PROTOCOLS = Map.ofEntries(
            Map.entry("ah", 51), Map.entry("eigrp", 88), Map.entry("esp", 50), Map.entry("gre", 47),
            Map.entry("icmp", 1), Map.entry("icmp6", 58), Map.entry("igmp", 2), Map.entry("igrp", 9),
            Map.entry("ipinip", 4), Map.entry("ipsec", 50), Map.entry("nos", 94), Map.entry("ospf", 89),
            Map.entry("pcp", 108), Map.entry("pim", 103), Map.entry("pptp", 47), Map.entry("sctp", 132),
            Map.entry("snp", 109), Map.entry("tcp", 6), Map.entry("udp", 17));

    private static final Map<String, Integer> ICMP = Map.ofEntries(
            Map.entry("echo-reply", 0), Map.entry("unreachable", 3), Map.entry("source-quench", 4),
            Map.entry("redirect", 5), Map.entry("alternate-address", 6), Map.entry("echo", 8),
            Map.entry("router-advertisement", 9), Map.entry("router-solicitation", 10), Map.entry("time-exceeded", 11),
            Map.entry("parameter-problem", 12), Map.entry("timestamp-request", 13), Map.entry("timestamp-reply", 14),
            Map.entry("information-request", 15), Map.entry("information-reply", 16), Map.entry("mask-request", 17),
            Map.entry("mask-reply", 18), Map.entry("traceroute", 30), Map.entry("conversion-error", 31),
            Map.entry("mobile-redirect", 32));

    private static final Map<String, Integer> ICMP6 = Map.ofEntries(
            Map.entry("unreachable", 1), Map.entry("packet-too-big", 2), Map.entry("time-exceeded", 3),
            Map.entry("parameter-problem", 4), Map.entry("echo", 128), Map.entry("echo-reply", 129),
            Map.entry("membership-query", 130), Map.entry("membership-report", 131),
            Map.entry("membership-reduction", 132), Map.entry("router-solicitation", 133),
            Map.entry("router-advertisement", 134), Map.entry("neighbor-solicitation", 135),
            Map.entry("neighbor-advertisement", 136), Map.entry("neighbor-redirect", 137),
            Map.entry("router-renumbering", 138));

    private AsaNames() {}

    /** A port number or name (0-65535). */
    static OptionalInt port(String text) {
        if (PORTS.containsKey(text)) {
            return OptionalInt.of(PORTS.get(text));
        }
        return number(text, 65535);
    }

    /**
     * An IP protocol name or number; empty {@code Optional} inside for {@code ip} (every protocol, number 0 on the
     * ASA), an empty result for an unknown name.
     */
    static Optional<OptionalInt> protocol(String text) {
        if (text.equals("ip") || text.equals("0")) {
            return Optional.of(OptionalInt.empty());
        }
        if (PROTOCOLS.containsKey(text)) {
            return Optional.of(OptionalInt.of(PROTOCOLS.get(text)));
        }
        OptionalInt n = number(text, 255);
        return n.isPresent() ? Optional.of(n) : Optional.empty();
    }

    /** An ICMP (or, with {@code v6}, ICMPv6) type name or number. */
    static OptionalInt icmpType(String text, boolean v6) {
        Map<String, Integer> names = v6 ? ICMP6 : ICMP;
        if (names.containsKey(text)) {
            return OptionalInt.of(names.get(text));
        }
        return number(text, 255);
    }

    static OptionalInt number(String text, int max) {
        if (!text.matches("[0-9]{1,5}") || Integer.parseInt(text) > max) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text));
    }
}
