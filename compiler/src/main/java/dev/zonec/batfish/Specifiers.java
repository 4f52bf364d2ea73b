package dev.zonec.batfish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zonec.model.site.Protocol;
import dev.zonec.platform.BatfishSupport.Filter;
import dev.zonec.packet.Packet;
import dev.zonec.report.Json;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Batfish specifier and header-constraint text for the questions zonec asks. Names are always double-quoted: the
 * specifier grammar accepts quotes on any name and needs them on names that start with a digit or hold characters
 * such as {@code [}, {@code ,} or {@code @}. A list of names is a union ({@code ,}); names match case-insensitively.
 */
final class Specifiers {

    private Specifiers() {}

    /** {@code "a","b"}. */
    static String names(List<String> names) {
        return names.stream().map(Specifiers::quote).collect(Collectors.joining(","));
    }

    /** {@code @in("Vlan20")}: the filters applied to packets entering these interfaces. */
    static String in(List<String> interfaces) {
        return "@in(" + names(interfaces) + ")";
    }

    /** {@code @out("port2")}: the filters applied to packets leaving by these interfaces. */
    static String out(List<String> interfaces) {
        return "@out(" + names(interfaces) + ")";
    }

    /** A filter as testFilters' {@code filters} parameter names it. */
    static String filter(Filter filter) {
        if (filter instanceof Filter.AppliedIn in) {
            return in(in.interfaceNames());
        }
        if (filter instanceof Filter.AppliedOut out) {
            return out(out.interfaceNames());
        }
        return quote(((Filter.Named) filter).name());
    }

    /** {@code @enter("fw-sis"["ge-0/0/0.0"])}: packets arriving on the link of this interface. */
    static String enter(String node, List<String> interfaces) {
        return "@enter(" + quote(node) + "[" + names(interfaces) + "])";
    }

    /** The header constraints pinning one packet: addresses, protocol, ports or ICMP type and code. */
    static ObjectNode headers(Packet p) {
        ObjectNode h = Json.MAPPER.createObjectNode();
        h.put("srcIps", p.source().withoutPrefixLength().toCanonicalString());
        h.put("dstIps", p.destination().withoutPrefixLength().toCanonicalString());
        ArrayNode protocols = h.putArray("ipProtocols");
        if (p.protocol() == Protocol.TCP.number() || p.protocol() == Protocol.UDP.number()) {
            protocols.add(p.protocol() == Protocol.TCP.number() ? "TCP" : "UDP");
            h.put("srcPorts", Integer.toString(p.sourcePort()));
            h.put("dstPorts", Integer.toString(p.destinationPort()));
        } else {
            protocols.add("ICMP");
            h.put("icmpTypes", Integer.toString(p.icmpType()));
            h.put("icmpCodes", Integer.toString(p.icmpCode()));
        }
        return h;
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "") + "\"";
    }
}
