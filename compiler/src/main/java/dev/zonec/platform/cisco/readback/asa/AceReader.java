package dev.zonec.platform.cisco.readback.asa;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import dev.zonec.readback.NotModelled;
import dev.zonec.readback.ReadValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One extended ACE as the packets it matches: a list of matches that the ACE's action applies to, in order (a
 * union; consecutive rules with one action decide exactly what the single ACE decides). The operands are assigned
 * as the ASA does, by position and by what the named objects are: source, [source port], destination, [destination
 * port | ICMP type [code]]. In a unified ACL {@code any} is IPv4 and IPv6, {@code any4}/{@code any6} one of them;
 * a source and a destination of different IP versions never match together, so the result has one match per version.
 */
final class AceReader {
    private static final Set<Integer> PORTED = Set.of(6, 17, 132);

    /** The addresses of one side per IP version: empty = none of that version, an empty list = all of them. */
    private record Side(Optional<List<AddressBlock>> v4, Optional<List<AddressBlock>> v6) {
        static Side of(List<AddressBlock> blocks) {
            List<AddressBlock> four = blocks.stream().filter(b -> b.family() == IpFamily.V4).toList();
            List<AddressBlock> six = blocks.stream().filter(b -> b.family() == IpFamily.V6).toList();
            if (blocks.isEmpty()) {
                throw new NotModelled("an object without addresses");
            }
            return new Side(four.isEmpty() ? Optional.empty() : Optional.of(four),
                    six.isEmpty() ? Optional.empty() : Optional.of(six));
        }

        Optional<List<AddressBlock>> of(IpFamily f) {
            return f == IpFamily.V4 ? v4 : v6;
        }
    }

    private final AsaObjects objects;

    AceReader(AsaObjects objects) {
        this.objects = objects;
    }

    List<FilterMatch> read(AsaLineParser.AceLineContext ace) {
        for (AsaLineParser.AceOptionContext option : ace.aceOption()) {
            if (option instanceof AsaLineParser.TimeRangeOptionContext t) {
                throw new NotModelled("the entry is active only in time range `" + t.name.getText() + "`");
            }
        }
        List<AsaLineParser.OperandContext> ops = ace.operand();
        Protocols protocols = protocols(ace.protocolSpec());
        int[] at = {0};
        Side source = side(ops, at, "source");
        List<PortRange> sourcePorts = List.of();
        if (at[0] < ops.size() && isPorts(ops.get(at[0]))) {
            sourcePorts = ports(ops.get(at[0]), protocols);
            at[0]++;
        }
        Side destination = side(ops, at, "destination");
        List<PortRange> destinationPorts = List.of();
        OptionalInt icmpType = OptionalInt.empty();
        OptionalInt icmpCode = OptionalInt.empty();
        List<Integer> icmpTypes = List.of();
        if (at[0] < ops.size() && isPorts(ops.get(at[0]))) {
            destinationPorts = ports(ops.get(at[0]), protocols);
            at[0]++;
        } else if (at[0] < ops.size() && protocols.icmp().isPresent()) {
            boolean v6 = protocols.icmp().get() == 58;
            AsaLineParser.OperandContext op = ops.get(at[0]++);
            if (op instanceof AsaLineParser.GroupOperandContext g) {
                icmpTypes = objects.icmpTypes(g.name.getText());
            } else if (op instanceof AsaLineParser.ValueOperandContext v) {
                icmpType = icmp(v.value.getText(), v6);
                if (at[0] < ops.size() && ops.get(at[0]) instanceof AsaLineParser.ValueOperandContext c) {
                    icmpCode = AsaNames.number(c.value.getText(), 255);
                    if (icmpCode.isEmpty()) {
                        throw new NotModelled("ICMP code `" + c.value.getText() + "` is not a number 0-255");
                    }
                    at[0]++;
                }
            } else {
                throw new NotModelled("`" + op.getText() + "` is not an ICMP type");
            }
        }
        if (at[0] < ops.size()) {
            throw new NotModelled("operand `" + ops.get(at[0]).getText() + "` is not understood in this place");
        }
        List<FilterMatch> matches = new ArrayList<>();
        for (IpFamily family : IpFamily.values()) {
            Optional<List<AddressBlock>> src = source.of(family);
            Optional<List<AddressBlock>> dst = destination.of(family);
            if (src.isEmpty() || dst.isEmpty()) {
                continue;
            }
            for (AsaObjects.Service s : protocols.services()) {
                FilterMatch m = FilterMatch.any().withFamily(family).withSources(src.get()).withDestinations(dst.get())
                        .withProtocols(s.protocols())
                        .withSourcePorts(s.sourcePorts().isEmpty() ? sourcePorts : s.sourcePorts())
                        .withDestinationPorts(s.destinationPorts().isEmpty() ? destinationPorts : s.destinationPorts());
                if (s.icmpType().isPresent()) {
                    matches.add(m.withIcmp(s.icmpType(), s.icmpCode()));
                } else if (!icmpTypes.isEmpty()) {
                    icmpTypes.forEach(t -> matches.add(m.withIcmp(OptionalInt.of(t), OptionalInt.empty())));
                } else {
                    matches.add(m.withIcmp(icmpType, icmpCode));
                }
            }
        }
        return matches;
    }

    /**
     * What the protocol position names: one protocol, a protocol group or a service object or group.
     *
     * @param portsAllowed whether port operands may follow (a TCP/UDP/SCTP protocol or group of them)
     * @param icmp         1 or 58 when ICMP type operands may follow
     */
    private record Protocols(List<AsaObjects.Service> services, boolean portsAllowed, Optional<Integer> icmp) {}

    private Protocols protocols(AsaLineParser.ProtocolSpecContext spec) {
        if (spec instanceof AsaLineParser.ProtocolObjectContext o) {
            return new Protocols(objects.services(o.name.getText()), false, Optional.empty());
        }
        if (spec instanceof AsaLineParser.ProtocolGroupContext g) {
            String name = g.name.getText();
            if (objects.kind(name).orElse(AsaObjects.Kind.SERVICE_GROUP) == AsaObjects.Kind.PROTOCOL_GROUP) {
                List<AsaObjects.Service> services = objects.protocols(name);
                boolean ported = services.stream().allMatch(s -> s.protocols().size() == 1
                        && PORTED.contains(s.protocols().get(0)));
                return new Protocols(services, ported, Optional.empty());
            }
            return new Protocols(objects.services(name), false, Optional.empty());
        }
        String text = ((AsaLineParser.ProtocolNameContext) spec).name.getText();
        Optional<OptionalInt> number = AsaNames.protocol(text);
        if (number.isEmpty()) {
            throw new NotModelled("protocol `" + text + "` is not known to the read-back");
        }
        if (number.get().isEmpty()) {
            return new Protocols(List.of(AsaObjects.Service.protocol(List.of())), false, Optional.empty());
        }
        int p = number.get().getAsInt();
        return new Protocols(List.of(AsaObjects.Service.protocol(List.of(p))), PORTED.contains(p),
                p == 1 || p == 58 ? Optional.of(p) : Optional.empty());
    }

    /** A port operand, or an {@code object-group} that is a port group (the ASA tells them apart by the object). */
    private boolean isPorts(AsaLineParser.OperandContext op) {
        return op instanceof AsaLineParser.PortOperandContext
                || op instanceof AsaLineParser.GroupOperandContext g
                && objects.kind(g.name.getText()).orElse(AsaObjects.Kind.NETWORK_GROUP) == AsaObjects.Kind.PORT_GROUP;
    }

    private List<PortRange> ports(AsaLineParser.OperandContext op, Protocols protocols) {
        if (!protocols.portsAllowed()) {
            throw new NotModelled("port operand `" + op.getText() + "` after a protocol without ports");
        }
        if (op instanceof AsaLineParser.GroupOperandContext g) {
            List<PortRange> ports = objects.ports(g.name.getText());
            if (ports.isEmpty()) {
                throw new NotModelled("port group `" + g.name.getText() + "` has no ports");
            }
            return ports;
        }
        return ports(((AsaLineParser.PortOperandContext) op).portMatch());
    }

    /** {@code eq P}, {@code neq P}, {@code lt P}, {@code gt P}, {@code range A B}, exactly. */
    static List<PortRange> ports(AsaLineParser.PortMatchContext p) {
        if (p.RANGE() != null) {
            int first = port(p.first.getText());
            int last = port(p.last.getText());
            if (first > last) {
                throw new NotModelled("port range `" + p.getText() + "` runs from high to low");
            }
            return List.of(new PortRange(first, last));
        }
        int port = port(p.port.getText());
        return switch (p.op.getText()) {
            case "eq" -> List.of(PortRange.single(port));
            case "lt" -> port == 0 ? empty(p) : List.of(new PortRange(0, port - 1));
            case "gt" -> port == 65535 ? empty(p) : List.of(new PortRange(port + 1, 65535));
            default -> {
                List<PortRange> rest = new ArrayList<>();
                if (port > 0) {
                    rest.add(new PortRange(0, port - 1));
                }
                if (port < 65535) {
                    rest.add(new PortRange(port + 1, 65535));
                }
                yield rest;
            }
        };
    }

    private static List<PortRange> empty(AsaLineParser.PortMatchContext p) {
        throw new NotModelled("`" + p.getText() + "` matches no port");
    }

    private static int port(String text) {
        OptionalInt port = AsaNames.port(text);
        if (port.isEmpty()) {
            throw new NotModelled("`" + text + "` is not a port number or a port name the ASA knows");
        }
        return port.getAsInt();
    }

    private static OptionalInt icmp(String text, boolean v6) {
        OptionalInt type = AsaNames.icmpType(text, v6);
        if (type.isEmpty()) {
            throw new NotModelled("`" + text + "` is not an " + (v6 ? "ICMPv6" : "ICMP") + " type");
        }
        return type;
    }

    /** A source or destination operand (one or two tokens: {@code 10.1.0.0 255.255.0.0}), advancing {@code at}. */
    private Side side(List<AsaLineParser.OperandContext> ops, int[] at, String what) {
        if (at[0] >= ops.size()) {
            throw new NotModelled("the entry has no " + what);
        }
        AsaLineParser.OperandContext op = ops.get(at[0]++);
        if (op instanceof AsaLineParser.AnyOperandContext a) {
            Optional<List<AddressBlock>> all = Optional.of(List.of());
            if (a.ANY4() != null) {
                return new Side(all, Optional.empty());
            }
            return a.ANY6() != null ? new Side(Optional.empty(), all) : new Side(all, all);
        }
        if (op instanceof AsaLineParser.HostOperandContext h) {
            return Side.of(List.of(host(h.address.getText())));
        }
        if (op instanceof AsaLineParser.ObjectOperandContext o) {
            return Side.of(objects.addresses(o.name.getText()));
        }
        if (op instanceof AsaLineParser.GroupOperandContext g) {
            if (objects.kind(g.name.getText()).orElse(AsaObjects.Kind.NETWORK_GROUP) == AsaObjects.Kind.PORT_GROUP) {
                throw new NotModelled("port group `" + g.name.getText() + "` where the " + what + " address belongs");
            }
            return Side.of(objects.addresses(g.name.getText()));
        }
        if (op instanceof AsaLineParser.InterfaceOperandContext i) {
            throw new NotModelled("`interface " + i.name.getText() + "` (the ASA's own address) is not modelled");
        }
        if (op instanceof AsaLineParser.ValueOperandContext v) {
            String text = v.value.getText();
            if (text.contains("/")) {
                return Side.of(List.of(prefix(text)));
            }
            if (at[0] < ops.size() && ops.get(at[0]) instanceof AsaLineParser.ValueOperandContext mask) {
                at[0]++;
                Optional<AddressBlock> block = ReadValues.addressWithMask(text, mask.value.getText(), false)
                        .filter(b -> b.family() == IpFamily.V4);
                if (block.isEmpty()) {
                    throw new NotModelled("`" + text + " " + mask.value.getText() + "` is not an IPv4 address with a "
                            + "contiguous netmask");
                }
                return Side.of(List.of(block.get()));
            }
        }
        throw new NotModelled("`" + op.getText() + "` is not a " + what + " address");
    }

    static AddressBlock host(String text) {
        Optional<AddressBlock> block = ReadValues.address(text).filter(b -> b.form() == AddressBlock.Form.HOST);
        if (block.isEmpty()) {
            throw new NotModelled("`" + text + "` is not a host address");
        }
        return block.get();
    }

    /** {@code 2001:db8::/32} (the ASA writes IPv6 networks as prefixes; host bits must be zero). */
    static AddressBlock prefix(String text) {
        Optional<AddressBlock> block = ReadValues.address(text).filter(b -> b.form() != AddressBlock.Form.RANGE);
        if (block.isEmpty()) {
            throw new NotModelled("`" + text + "` is not an address prefix");
        }
        return block.get();
    }
}
