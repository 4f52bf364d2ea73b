package dev.zonec.lab;

import dev.zonec.model.site.Protocol;

/**
 * One TCP or UDP exchange between two hosts of the lab, with the verdict the policy expects for it.
 *
 * @param why the flow or zone pair it comes from, for the report
 */
record Probe(int id, ProbeKind kind, String why, String sourceZone, String source, String destinationZone,
             String destination, Protocol protocol, int port, Verdict expected) {

    Probe {
        if (protocol != Protocol.TCP && protocol != Protocol.UDP) {
            throw new IllegalArgumentException("the lab probes tcp and udp only: " + protocol);
        }
        if (expected == Verdict.ERROR) {
            throw new IllegalArgumentException("a policy expects open or closed");
        }
    }

    String service() {
        return protocol.name().toLowerCase(java.util.Locale.ROOT) + "/" + port;
    }

    /** What makes two probes the same exchange. */
    Key key() {
        return new Key(source, destination, protocol, port);
    }

    record Key(String source, String destination, Protocol protocol, int port) {}
}
