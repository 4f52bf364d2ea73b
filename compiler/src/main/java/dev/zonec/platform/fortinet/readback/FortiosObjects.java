package dev.zonec.platform.fortinet.readback;

import dev.zonec.model.filter.FilterMatch;
import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.site.PortRange;
import dev.zonec.readback.LineParsing.Line;
import dev.zonec.readback.ReadValues;
import dev.zonec.platform.fortinet.readback.FortiosTables.Entry;
import dev.zonec.platform.fortinet.readback.FortiosTables.Table;
import dev.zonec.readback.zonefirewall.AddressSet;
import dev.zonec.readback.zonefirewall.Unprovable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Addresses and services of one VDOM, as a policy names them: address objects ({@code ipmask} with a dotted or
 * prefix mask, {@code iprange}; IPv6 {@code ipprefix}, {@code iprange}) and groups (nested, with exclusions), the
 * predefined {@code all}; custom services ({@code TCP/UDP/SCTP} port ranges {@code dst[-dst][:src[-src]]}, several
 * per field, {@code ICMP}/{@code ICMP6} type and code, {@code IP} protocol number) and groups, the predefined
 * {@code ALL}. Anything else a policy names throws {@link Unprovable}.
 */
final class FortiosObjects {
    private static final Map<String, Integer> PORT_FIELDS = Map.of("tcp-portrange", 6, "udp-portrange", 17,
            "sctp-portrange", 132);

    private final FortiosTables tables;
    private final String vdom;

    FortiosObjects(FortiosTables tables, String vdom) {
        this.tables = tables;
        this.vdom = vdom;
    }

    /** An address or group of the family's tables ({@code firewall address(6)}, {@code firewall addrgrp(6)}). */
    AddressSet address(IpFamily family, String name, Line at) {
        return address(family, name, at, new HashSet<>());
    }

    private AddressSet address(IpFamily family, String name, Line at, Set<String> seen) {
        String suffix = family == IpFamily.V6 ? "6" : "";
        Optional<Entry> object = entry("firewall address" + suffix, name);
        if (object.isPresent()) {
            problems(object.get());
            return AddressSet.of(List.of(family == IpFamily.V4 ? address4(object.get()) : address6(object.get())));
        }
        Optional<Entry> group = entry("firewall addrgrp" + suffix, name);
        if (group.isPresent()) {
            Entry g = group.get();
            problems(g);
            if (!g.value("type", "default").equals("default")) {
                throw new Unprovable(g.line, "address group `" + name + "` is of type " + g.value("type", ""));
            }
            if (!seen.add(name)) {
                throw new Unprovable(g.line, "address group `" + name + "` contains itself");
            }
            AddressSet set = AddressSet.none();
            for (String member : g.list("member")) {
                set = set.union(address(family, member, at, seen));
            }
            if (g.value("exclude", "disable").equals("enable")) {
                AddressSet excluded = AddressSet.none();
                for (String member : g.list("exclude-member")) {
                    excluded = excluded.union(address(family, member, at, seen));
                }
                set = set.minus(excluded);
            }
            seen.remove(name);
            return set;
        }
        if (name.equals("all")) {
            return AddressSet.of(List.of(ReadValues.address(family == IpFamily.V4 ? "0.0.0.0/0" : "::/0").orElseThrow()));
        }
        if (name.equals("none")) {
            return AddressSet.none();
        }
        throw new Unprovable(at, "`" + name + "` is not an IPv" + (family == IpFamily.V4 ? "4" : "6")
                + " address or address group of the file (VIPs, internet services and the like are not modelled)");
    }

    private static AddressBlock address4(Entry e) {
        String type = e.value("type", "ipmask");
        if (type.equals("ipmask")) {
            List<String> subnet = e.list("subnet");
            Optional<AddressBlock> block;
            if (subnet.isEmpty()) {
                block = ReadValues.address("0.0.0.0/0");
            } else if (subnet.size() == 2) {
                block = ReadValues.addressWithMask(subnet.get(0), subnet.get(1), false);
            } else {
                block = subnet.get(0).contains("/") ? ReadValues.address(subnet.get(0)) : Optional.empty();
            }
            return v4(block).orElseThrow(() -> new Unprovable(line(e, "subnet"), "address `" + e.key + "` has subnet `"
                    + String.join(" ", subnet) + "`, which is not an address and contiguous netmask"));
        }
        if (type.equals("iprange")) {
            return range(e, "0.0.0.0").filter(b -> b.family() == IpFamily.V4).orElseThrow(() -> new Unprovable(line(e, "start-ip"),
                    "address `" + e.key + "` is not an IPv4 range from start-ip to end-ip"));
        }
        throw new Unprovable(line(e, "type"), "address `" + e.key + "` is of type " + type
                + ", which the read-back does not reduce to fixed addresses");
    }

    private static AddressBlock address6(Entry e) {
        String type = e.value("type", "ipprefix");
        if (type.equals("ipprefix")) {
            String ip6 = e.value("ip6", "::/0");
            return ReadValues.address(ip6).filter(b -> b.family() == IpFamily.V6).orElseThrow(() -> new Unprovable(
                    line(e, "ip6"), "address6 `" + e.key + "` has ip6 `" + ip6 + "`, which is not an IPv6 prefix"));
        }
        if (type.equals("iprange")) {
            return range(e, "::").filter(b -> b.family() == IpFamily.V6).orElseThrow(() -> new Unprovable(line(e, "start-ip"),
                    "address6 `" + e.key + "` is not an IPv6 range from start-ip to end-ip"));
        }
        throw new Unprovable(line(e, "type"), "address6 `" + e.key + "` is of type " + type
                + ", which the read-back does not reduce to fixed addresses");
    }

    private static Optional<AddressBlock> v4(Optional<AddressBlock> block) {
        return block.filter(b -> b.family() == IpFamily.V4);
    }

    private static Optional<AddressBlock> range(Entry e, String zero) {
        return ReadValues.address(e.value("start-ip", zero) + "-" + e.value("end-ip", zero));
    }

    /** What a custom service or service group matches, without addresses. */
    List<FilterMatch> service(String name, Line at) {
        return service(name, at, new HashSet<>());
    }

    private List<FilterMatch> service(String name, Line at, Set<String> seen) {
        Optional<Entry> custom = entry("firewall service custom", name);
        if (custom.isPresent()) {
            problems(custom.get());
            return custom(custom.get());
        }
        Optional<Entry> group = entry("firewall service group", name);
        if (group.isPresent()) {
            problems(group.get());
            if (group.get().value("proxy", "disable").equals("enable")) {
                throw new Unprovable(group.get().line, "service group `" + name + "` is an explicit proxy group");
            }
            if (!seen.add(name)) {
                throw new Unprovable(group.get().line, "service group `" + name + "` contains itself");
            }
            List<FilterMatch> terms = new ArrayList<>();
            for (String member : group.get().list("member")) {
                terms.addAll(service(member, at, seen));
            }
            seen.remove(name);
            return terms;
        }
        if (name.equals("ALL")) {
            return List.of(FilterMatch.any());
        }
        throw new Unprovable(at, "service `" + name + "` is not a custom service or service group of the file");
    }

    private static List<FilterMatch> custom(Entry e) {
        if (e.value("proxy", "disable").equals("enable")) {
            throw new Unprovable(line(e, "proxy"), "service `" + e.key + "` is an explicit proxy service");
        }
        if (!e.value("iprange", "0.0.0.0").equals("0.0.0.0") || !e.value("fqdn", "").isEmpty()) {
            throw new Unprovable(line(e, e.get("fqdn").isPresent() ? "fqdn" : "iprange"), "service `" + e.key
                    + "` is limited to destinations by iprange or fqdn");
        }
        if (!e.value("app-service-type", "disable").equals("disable")) {
            throw new Unprovable(line(e, "app-service-type"), "service `" + e.key + "` matches applications");
        }
        String protocol = e.value("protocol", "TCP/UDP/SCTP");
        switch (protocol) {
            case "TCP/UDP/SCTP" -> {
                List<FilterMatch> terms = new ArrayList<>();
                for (Map.Entry<String, Integer> field : PORT_FIELDS.entrySet()) {
                    for (String range : e.list(field.getKey())) {
                        terms.add(portRange(e, field.getKey(), field.getValue(), range));
                    }
                }
                if (terms.isEmpty()) {
                    throw new Unprovable(e.line, "service `" + e.key + "` has no port range");
                }
                return terms;
            }
            case "ICMP", "ICMP6" -> {
                boolean v6 = protocol.equals("ICMP6");
                FilterMatch m = FilterMatch.any().withFamily(v6 ? IpFamily.V6 : IpFamily.V4).withProtocols(List.of(v6 ? 58 : 1));
                return List.of(m.withIcmp(icmp(e, "icmptype"), icmp(e, "icmpcode")));
            }
            case "IP" -> {
                int number = number(e, "protocol-number", 255);
                return List.of(number == 0 ? FilterMatch.any() : FilterMatch.any().withProtocols(List.of(number)));
            }
            default -> throw new Unprovable(line(e, "protocol"), "service `" + e.key + "` has protocol " + protocol
                    + ", which is not a packet filter service");
        }
    }

    /** {@code 502}, {@code 8530-8531}, {@code 502:1024-65535} (destination ports, then source ports). */
    private static FilterMatch portRange(Entry e, String field, int protocol, String text) {
        String[] parts = text.split(":", -1);
        Optional<PortRange> dst = parts[0].contains(":") ? Optional.empty() : ReadValues.ports(parts[0]);
        Optional<PortRange> src = parts.length == 2 ? ReadValues.ports(parts[1]) : Optional.of(PortRange.ALL);
        if (parts.length > 2 || dst.isEmpty() || src.isEmpty()) {
            throw new Unprovable(line(e, field), "service `" + e.key + "`: `" + text + "` is not a port range");
        }
        FilterMatch m = FilterMatch.any().withProtocols(List.of(protocol)).withDestinationPorts(List.of(dst.get()));
        return src.get().isAll() ? m : m.withSourcePorts(List.of(src.get()));
    }

    private static OptionalInt icmp(Entry e, String field) {
        return e.get(field).isEmpty() || e.value(field, "").isEmpty() ? OptionalInt.empty() : OptionalInt.of(number(e, field, 255));
    }

    private static int number(Entry e, String field, int max) {
        String text = e.value(field, "0");
        try {
            int v = Integer.parseInt(text);
            if (v >= 0 && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new Unprovable(line(e, field), "service `" + e.key + "` has " + field + " `" + text + "`");
    }

    private Optional<Entry> entry(String table, String name) {
        return tables.find(vdom, table).flatMap(t -> t.find(name));
    }

    private static void problems(Entry e) {
        e.problems.forEach(p -> {
            throw new Unprovable(p.line(), p.why());
        });
    }

    static Line line(Entry e, String field) {
        return e.get(field).map(FortiosTables.Setting::line).orElse(e.line);
    }

    /** The table, for code that walks all entries (field checks). */
    Optional<Table> table(String path) {
        return tables.find(vdom, path);
    }
}
