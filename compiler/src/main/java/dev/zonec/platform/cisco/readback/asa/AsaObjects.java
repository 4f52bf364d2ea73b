package dev.zonec.platform.cisco.readback.asa;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.PortRange;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.NotModelled;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The named objects of an ASA config: network objects and groups, service objects and groups (with or without a
 * protocol type), protocol groups and ICMP type groups. They share one name space. Groups nest ({@code group-object},
 * {@code network-object object}, {@code service-object object}); members are resolved when an applied ACL needs
 * them, so a definition's order in the file does not matter, and a loop or a dangling name cannot be proven.
 */
final class AsaObjects {

    enum Kind {
        NETWORK_OBJECT("object network"),
        NETWORK_GROUP("object-group network"),
        SERVICE_OBJECT("object service"),
        SERVICE_GROUP("object-group service"),
        PORT_GROUP("object-group service (with a protocol)"),
        PROTOCOL_GROUP("object-group protocol"),
        ICMP_GROUP("object-group icmp-type");

        final String command;

        Kind(String command) {
            this.command = command;
        }
    }

    /**
     * One service: protocols (empty = every protocol), ports, ICMP type and code. A {@code tcp-udp} service is one
     * service with both protocols.
     */
    record Service(List<Integer> protocols, List<PortRange> sourcePorts, List<PortRange> destinationPorts,
                   OptionalInt icmpType, OptionalInt icmpCode) {
        Service {
            protocols = List.copyOf(protocols);
            sourcePorts = List.copyOf(sourcePorts);
            destinationPorts = List.copyOf(destinationPorts);
        }

        static Service protocol(List<Integer> protocols) {
            return new Service(protocols, List.of(), List.of(), OptionalInt.empty(), OptionalInt.empty());
        }
    }

    /** What one {@code object} or {@code object-group} block defines, as read so far. */
    static final class Definition {
        final Kind kind;
        /** {@code tcp}, {@code udp} or {@code tcp-udp} for a port group. */
        final String portProtocol;
        final LineParsing.Line line;
        final List<AddressBlock> addresses = new ArrayList<>();
        final List<Service> services = new ArrayList<>();
        final List<PortRange> ports = new ArrayList<>();
        final List<Integer> icmpTypes = new ArrayList<>();
        /** Nested objects and groups, by name. */
        final List<String> members = new ArrayList<>();
        /** Lines of the block the reader did not understand: using the object cannot be proven. */
        final List<String> problems = new ArrayList<>();

        Definition(Kind kind, String portProtocol, LineParsing.Line line) {
            this.kind = kind;
            this.portProtocol = portProtocol;
            this.line = line;
        }
    }

    private final Map<String, Definition> definitions = new HashMap<>();

    /** Opens (or re-opens, as the ASA does: entries are added) a definition. */
    Definition open(String name, Kind kind, String portProtocol, LineParsing.Line line) {
        Definition known = definitions.get(name);
        if (known != null && known.kind == kind && known.portProtocol.equals(portProtocol)) {
            return known;
        }
        if (known != null) {
            // the ASA refuses a second object of another kind under a taken name; the first one stays
            known.problems.add("line " + line.number() + " defines `" + name + "` again as another kind of object");
            return new Definition(kind, portProtocol, line);
        }
        Definition d = new Definition(kind, portProtocol, line);
        definitions.put(name, d);
        return d;
    }

    void remove(String name) {
        definitions.remove(name);
    }

    Optional<Kind> kind(String name) {
        return Optional.ofNullable(definitions.get(name)).map(d -> d.kind);
    }

    /** The addresses of a network object or group, nested groups included. */
    List<AddressBlock> addresses(String name) {
        List<AddressBlock> result = new ArrayList<>();
        walk(name, Set.of(Kind.NETWORK_OBJECT, Kind.NETWORK_GROUP), new LinkedHashSet<>(),
                d -> result.addAll(d.addresses));
        return result;
    }

    /** The services of a service object or (untyped) service group, nested ones included. */
    List<Service> services(String name) {
        List<Service> result = new ArrayList<>();
        walk(name, Set.of(Kind.SERVICE_OBJECT, Kind.SERVICE_GROUP), new LinkedHashSet<>(), d -> result.addAll(d.services));
        return result;
    }

    /** The protocol of a port group ({@code tcp-udp}: both) and its ports, nested groups included. */
    List<PortRange> ports(String name) {
        List<PortRange> result = new ArrayList<>();
        walk(name, Set.of(Kind.PORT_GROUP), new LinkedHashSet<>(), d -> result.addAll(d.ports));
        return result;
    }

    String portProtocol(String name) {
        return definitions.get(name).portProtocol;
    }

    /** The protocols of a protocol group, nested groups included (an empty list inside: {@code ip}). */
    List<Service> protocols(String name) {
        List<Service> result = new ArrayList<>();
        walk(name, Set.of(Kind.PROTOCOL_GROUP), new LinkedHashSet<>(), d -> result.addAll(d.services));
        return result;
    }

    List<Integer> icmpTypes(String name) {
        List<Integer> result = new ArrayList<>();
        walk(name, Set.of(Kind.ICMP_GROUP), new LinkedHashSet<>(), d -> result.addAll(d.icmpTypes));
        return result;
    }

    private void walk(String name, Set<Kind> kinds, Set<String> path, java.util.function.Consumer<Definition> visit) {
        Definition d = definitions.get(name);
        if (d == null) {
            throw new NotModelled("object `" + name + "` is not defined");
        }
        if (!kinds.contains(d.kind)) {
            throw new NotModelled("`" + name + "` is an " + d.kind.command + ", not what this place needs");
        }
        if (!d.problems.isEmpty()) {
            throw new NotModelled("`" + name + "` (" + d.kind.command + ", line " + d.line.number() + ") has lines the "
                    + "read-back did not understand: " + String.join("; ", d.problems));
        }
        if (!path.add(name)) {
            throw new NotModelled("`" + name + "` contains itself");
        }
        visit.accept(d);
        for (String member : d.members) {
            walk(member, kinds, path, visit);
        }
        path.remove(name);
    }
}
