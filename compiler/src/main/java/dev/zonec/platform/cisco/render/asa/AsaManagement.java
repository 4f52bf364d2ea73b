package dev.zonec.platform.cisco.render.asa;

import dev.zonec.lower.OwnTraffic;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Match;
import dev.zonec.render.Origin;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ASA's management-access lines for the policy's rules to the ASA itself (Cisco ASA General Operations CLI
 * Configuration Guide, "Management Access"): {@code ssh SOURCE MASK NAMEIF} for SSH (tcp/22), {@code http SOURCE MASK
 * NAMEIF} for the HTTPS server (tcp/443: ASDM and the web interface), {@code icmp permit SOURCE [TYPE] NAMEIF} for
 * ICMPv4 (ICMP sources as {@code host A}, {@code A MASK} or {@code any}), for IPv4 sources only. The
 * ASA answers management only at the address of the interface a packet arrives on, so a rule accepted from a zone is
 * written on the interfaces facing that zone that have an address of its IP version; what else a rule names was
 * reported by the lowering (ZC0509) and never reaches here. Lines are sorted (command, then text), so a rule added
 * or moved changes no other line.
 */
public final class AsaManagement {
    /** The manifest's kinds: the command, each line by what follows it. */
    static final List<String> COMMANDS = List.of("ssh", "http", "icmp");

    /** One line: {@code command text}, and the rules it enforces. */
    public record Line(String command, String text, List<IrRule> rules) implements Origin {
        public Line {
            rules = List.copyOf(rules);
        }
    }

    private AsaManagement() {}

    static List<Line> of(DeviceIr device, Map<Interface, String> nameifs) {
        Map<List<String>, Set<IrRule>> lines = new TreeMap<>((a, b) -> {
            int c = Integer.compare(COMMANDS.indexOf(a.get(0)), COMMANDS.indexOf(b.get(0)));
            return c != 0 ? c : a.get(1).compareTo(b.get(1));
        });
        for (IrRule rule : device.rules()) {
            if (!rule.toDevice()) {
                continue;
            }
            for (Interface face : device.device().interfacesFacing(rule.inZone())) {
                if (face.addresses().stream().noneMatch(a -> a.family() == rule.family())) {
                    continue;
                }
                String nameif = nameifs.get(face);
                for (Endpoint source : rule.sources()) {
                    for (IPAddress block : source.addresses(rule.family()).stream()
                            .flatMap(b -> b.prefixBlocks().stream()).toList()) {
                        for (Match m : rule.matches()) {
                            lines.computeIfAbsent(line(m, block, nameif), k -> new LinkedHashSet<>()).add(rule);
                        }
                    }
                }
            }
        }
        List<Line> result = new ArrayList<>();
        lines.forEach((key, rules) -> result.add(new Line(key.get(0), key.get(1), List.copyOf(rules))));
        return result;
    }

    /** The command and its text for one service term from one source block. */
    private static List<String> line(Match m, IPAddress block, String nameif) {
        if (!block.isIPv4()) {
            // the lowering writes IPv4 management lines only (OwnTraffic.managementFamilies)
            throw new IllegalStateException("an IPv6 management line: " + block);
        }
        if (m instanceof Match.L4 l4 && l4.destinationPorts().isSingle()) {
            String command = l4.destinationPorts().first() == OwnTraffic.SSH ? "ssh" : "http";
            return List.of(command, address(block) + " " + nameif);
        }
        if (m instanceof Match.Icmp icmp) {
            String type = icmp.type().isPresent() ? " " + icmp.type().getAsInt() : "";
            return List.of("icmp", "permit " + icmpSource(block) + type + " " + nameif);
        }
        // the lowering writes only what a management line can say (OwnTraffic.written)
        throw new IllegalStateException("not a management service: " + m);
    }

    /** An {@code ssh}/{@code http} source: {@code A MASK} (a host with 255.255.255.255). */
    private static String address(IPAddress block) {
        return block.getLower().withoutPrefixLength().toCanonicalString() + " " + mask(block);
    }

    /** An {@code icmp} source: {@code any}, {@code host A} or {@code A MASK}. */
    private static String icmpSource(IPAddress block) {
        int length = length(block);
        String lower = block.getLower().withoutPrefixLength().toCanonicalString();
        if (length == 0) {
            return "any";
        }
        if (length == 32) {
            return "host " + lower;
        }
        return lower + " " + mask(block);
    }

    private static String mask(IPAddress block) {
        return block.getNetwork().getNetworkMask(length(block), false).toCanonicalString();
    }

    private static int length(IPAddress block) {
        Integer length = block.getPrefixLength();
        return length == null ? block.getBitCount() : length;
    }
}
