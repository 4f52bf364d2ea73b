package dev.zonec.packet;

import dev.zonec.model.site.IpFamily;
import inet.ipaddr.IPAddress;

/**
 * One concrete packet header, as a witness or counterexample. Ports are meaningful for TCP and UDP, type and
 * code for ICMP; {@code established} is the TCP ACK/RST form stateless ACLs test.
 */
public record Packet(IpFamily family, int protocol, IPAddress source, IPAddress destination, int sourcePort,
                     int destinationPort, int icmpType, int icmpCode, boolean established) {

    /** e.g. {@code tcp 10.10.16.0:0 -> 10.1.1.11:502} or {@code icmp 10.20.0.21 -> 10.1.1.11 type 8 code 0}. */
    public String describe() {
        String src = source.toCanonicalString();
        String dst = destination.toCanonicalString();
        return switch (protocol) {
            case 6 -> "tcp " + hostPort(src, sourcePort) + " -> " + hostPort(dst, destinationPort)
                    + (established ? " (established)" : "");
            case 17 -> "udp " + hostPort(src, sourcePort) + " -> " + hostPort(dst, destinationPort);
            case 1 -> "icmp " + src + " -> " + dst + " type " + icmpType + " code " + icmpCode;
            case 58 -> "icmp6 " + src + " -> " + dst + " type " + icmpType + " code " + icmpCode;
            default -> "ip proto " + protocol + " " + src + " -> " + dst;
        };
    }

    private String hostPort(String host, int port) {
        return (family == IpFamily.V6 ? "[" + host + "]" : host) + ":" + port;
    }
}
