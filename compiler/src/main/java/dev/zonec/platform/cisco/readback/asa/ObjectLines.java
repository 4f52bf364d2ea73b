package dev.zonec.platform.cisco.readback.asa;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import dev.zonec.readback.NotModelled;
import dev.zonec.readback.ReadValues;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The lines inside an {@code object} or {@code object-group} block, each added to its definition. */
final class ObjectLines {
    private final AsaObjects.Definition d;

    ObjectLines(AsaObjects.Definition d) {
        this.d = d;
    }

    void read(AsaLineParser.StatementContext s) {
        if (s instanceof AsaLineParser.HarmlessSubLineContext) {
            return; // description, object NAT: neither changes what the object matches in an ACL
        }
        switch (d.kind) {
            case NETWORK_OBJECT -> networkObject(s);
            case NETWORK_GROUP -> networkGroup(s);
            case SERVICE_OBJECT, SERVICE_GROUP -> service(s);
            case PORT_GROUP -> portGroup(s);
            case PROTOCOL_GROUP -> protocolGroup(s);
            case ICMP_GROUP -> icmpGroup(s);
            default -> throw new IllegalStateException("unexpected " + d.kind);
        }
    }

    /** {@code host}, {@code subnet} or {@code range}: an object holds one, the last one entered. */
    private void networkObject(AsaLineParser.StatementContext s) {
        AddressBlock block;
        if (s instanceof AsaLineParser.HostLineContext h) {
            block = AceReader.host(h.address.getText());
        } else if (s instanceof AsaLineParser.SubnetLineContext n) {
            block = n.mask == null ? AceReader.prefix(n.address.getText()) : masked(n.address.getText(), n.mask.getText());
        } else if (s instanceof AsaLineParser.RangeLineContext r) {
            Optional<AddressBlock> range = ReadValues.address(r.first.getText() + "-" + r.last.getText());
            if (range.isEmpty()) {
                throw new NotModelled("`range " + r.first.getText() + " " + r.last.getText() + "` is not a range");
            }
            block = range.get();
        } else {
            throw new NotModelled("not a host, subnet or range");
        }
        d.addresses.clear();
        d.addresses.add(block);
    }

    private void networkGroup(AsaLineParser.StatementContext s) {
        if (s instanceof AsaLineParser.GroupObjectLineContext g) {
            d.members.add(g.name.getText());
        } else if (s instanceof AsaLineParser.NetworkObjectLineContext n) {
            AsaLineParser.NetworkOperandContext op = n.networkOperand();
            if (op instanceof AsaLineParser.NetworkHostContext h) {
                d.addresses.add(AceReader.host(h.address.getText()));
            } else if (op instanceof AsaLineParser.NetworkObjectRefContext o) {
                d.members.add(o.name.getText());
            } else {
                AsaLineParser.NetworkAddressContext a = (AsaLineParser.NetworkAddressContext) op;
                d.addresses.add(a.mask == null ? AceReader.prefix(a.address.getText())
                        : masked(a.address.getText(), a.mask.getText()));
            }
        } else {
            throw new NotModelled("not a network-object or group-object");
        }
    }

    private void service(AsaLineParser.StatementContext s) {
        if (s instanceof AsaLineParser.GroupObjectLineContext g && d.kind == AsaObjects.Kind.SERVICE_GROUP) {
            d.members.add(g.name.getText());
            return;
        }
        if (!(s instanceof AsaLineParser.ServiceObjectLineContext line)
                || (line.SERVICE() != null) != (d.kind == AsaObjects.Kind.SERVICE_OBJECT)) {
            throw new NotModelled("not a " + (d.kind == AsaObjects.Kind.SERVICE_OBJECT ? "service" : "service-object")
                    + " line");
        }
        AsaLineParser.ServiceSpecContext spec = line.serviceSpec();
        if (spec instanceof AsaLineParser.ServiceRefContext r) {
            d.members.add(r.name.getText());
            return;
        }
        if (d.kind == AsaObjects.Kind.SERVICE_OBJECT) {
            d.services.clear(); // a service object holds one service, the last one entered
        }
        if (spec instanceof AsaLineParser.ServicePortsContext p) {
            List<Integer> protocols = protocols(p.protocol.getText());
            List<PortRange> source = p.source == null ? List.of() : AceReader.ports(p.source);
            List<PortRange> destination = p.destination == null ? List.of() : AceReader.ports(p.destination);
            if ((p.source != null || p.destination != null) && !ported(protocols)) {
                throw new NotModelled("ports on protocol `" + p.protocol.getText() + "`");
            }
            d.services.add(new AsaObjects.Service(protocols, source, destination, OptionalInt.empty(), OptionalInt.empty()));
        } else if (spec instanceof AsaLineParser.ServiceLegacyPortsContext p) {
            List<Integer> protocols = protocols(p.protocol.getText());
            if (!ported(protocols)) {
                throw new NotModelled("ports on protocol `" + p.protocol.getText() + "`");
            }
            d.services.add(new AsaObjects.Service(protocols, List.of(), AceReader.ports(p.destination),
                    OptionalInt.empty(), OptionalInt.empty()));
        } else {
            AsaLineParser.ServiceIcmpContext i = (AsaLineParser.ServiceIcmpContext) spec;
            List<Integer> protocols = protocols(i.protocol.getText());
            if (!protocols.equals(List.of(1)) && !protocols.equals(List.of(58))) {
                throw new NotModelled("an ICMP type on protocol `" + i.protocol.getText() + "`");
            }
            OptionalInt type = AsaNames.icmpType(i.type.getText(), protocols.get(0) == 58);
            OptionalInt code = i.code == null ? OptionalInt.empty() : AsaNames.number(i.code.getText(), 255);
            if (type.isEmpty() || i.code != null && code.isEmpty()) {
                throw new NotModelled("`" + i.getText() + "` is not an ICMP type and code");
            }
            d.services.add(new AsaObjects.Service(protocols, List.of(), List.of(), type, code));
        }
    }

    private void portGroup(AsaLineParser.StatementContext s) {
        if (s instanceof AsaLineParser.GroupObjectLineContext g) {
            d.members.add(g.name.getText());
        } else if (s instanceof AsaLineParser.PortObjectLineContext p) {
            d.ports.addAll(AceReader.ports(p.portMatch()));
        } else {
            throw new NotModelled("not a port-object or group-object");
        }
    }

    private void protocolGroup(AsaLineParser.StatementContext s) {
        if (s instanceof AsaLineParser.GroupObjectLineContext g) {
            d.members.add(g.name.getText());
        } else if (s instanceof AsaLineParser.ProtocolObjectLineContext p) {
            d.services.add(AsaObjects.Service.protocol(protocols(p.protocol.getText())));
        } else {
            throw new NotModelled("not a protocol-object or group-object");
        }
    }

    private void icmpGroup(AsaLineParser.StatementContext s) {
        if (s instanceof AsaLineParser.GroupObjectLineContext g) {
            d.members.add(g.name.getText());
        } else if (s instanceof AsaLineParser.IcmpObjectLineContext i) {
            OptionalInt type = AsaNames.icmpType(i.type.getText(), false);
            if (type.isEmpty()) {
                throw new NotModelled("`" + i.type.getText() + "` is not an ICMP type");
            }
            d.icmpTypes.add(type.getAsInt());
        } else {
            throw new NotModelled("not an icmp-object or group-object");
        }
    }

    /** The protocols of a service: {@code tcp-udp} is both, {@code ip} every protocol (an empty list). */
    private static List<Integer> protocols(String text) {
        if (text.equals("tcp-udp")) {
            return List.of(6, 17);
        }
        Optional<OptionalInt> p = AsaNames.protocol(text);
        if (p.isEmpty()) {
            throw new NotModelled("protocol `" + text + "` is not known to the read-back");
        }
        return p.get().isPresent() ? List.of(p.get().getAsInt()) : List.of();
    }

    private static boolean ported(List<Integer> protocols) {
        return !protocols.isEmpty() && protocols.stream().allMatch(p -> p == 6 || p == 17 || p == 132);
    }

    private static AddressBlock masked(String address, String mask) {
        Optional<AddressBlock> block = ReadValues.addressWithMask(address, mask, false)
                .filter(b -> b.family() == IpFamily.V4);
        if (block.isEmpty()) {
            throw new NotModelled("`" + address + " " + mask + "` is not an IPv4 address with a contiguous netmask");
        }
        return block.get();
    }
}
