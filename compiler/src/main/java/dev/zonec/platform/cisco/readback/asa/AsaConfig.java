package dev.zonec.platform.cisco.readback.asa;

import dev.zonec.readback.LineParsing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What an ASA config says that decides forwarding, as read line by line (the reader fills it, the filter uses it). */
final class AsaConfig {

    /**
     * An {@code interface} block. {@code levelLine} is where its security level was set (or its {@code nameif}, which
     * sets the default: 100 for {@code inside}, 0 otherwise).
     */
    static final class Iface {
        final String name;
        Optional<String> nameif = Optional.empty();
        int level;
        boolean levelSet;
        Optional<LineParsing.Line> levelLine = Optional.empty();
        boolean shutdown;
        boolean managementOnly;

        Iface(String name) {
            this.name = name;
        }

        /** The ASA forwards through an interface that has a name, is up, and is not for management only. */
        boolean forwards() {
            return nameif.isPresent() && !shutdown && !managementOnly;
        }
    }

    /** An ACL entry in order: an ACE, a remark (no ACE), or a line of the ACL the reader did not understand. */
    record Entry(Optional<AsaLineParser.AceLineContext> ace, LineParsing.Line line, Optional<String> problem) {}

    /** {@code access-group ACL ...}, and where. */
    record Binding(String acl, LineParsing.Line line) {}

    final Map<String, Iface> interfaces = new LinkedHashMap<>();
    final AsaObjects objects = new AsaObjects();
    final Map<String, List<Entry>> acls = new HashMap<>();
    final Map<String, Binding> inbound = new LinkedHashMap<>();
    final Map<String, Binding> outbound = new LinkedHashMap<>();
    Optional<Binding> global = Optional.empty();
    boolean sameSecurityInter;

    /** Modular policy framework, for ICMP inspection: class-map matches, policy-map classes that inspect ICMP. */
    final Map<String, Set<String>> classMatches = new HashMap<>();
    final Map<String, Map<String, Boolean>> icmpInspection = new HashMap<>();
    /** The policy applied globally: the factory default {@code global_policy} unless the file says otherwise. */
    Optional<String> globalPolicy = Optional.of("global_policy");
    /** Management-access lines ({@code ssh}, {@code http}, {@code icmp}) in the order the ASA keeps them. */
    final List<ManagementLine> management = new ArrayList<>();
    /** The HTTPS server's port ({@code http server enable [PORT]}): 443 by default. */
    int httpPort = 443;

    List<Entry> acl(String name) {
        return acls.computeIfAbsent(name, n -> new ArrayList<>());
    }

    /** Removes an ACL and the access-groups that apply it (the ASA drops them with it). */
    void clearAcl(String name) {
        acls.remove(name);
        inbound.values().removeIf(b -> b.acl().equals(name));
        outbound.values().removeIf(b -> b.acl().equals(name));
        global = global.filter(b -> !b.acl().equals(name));
    }

    Optional<Iface> byNameif(String nameif) {
        return interfaces.values().stream().filter(i -> i.nameif.equals(Optional.of(nameif))).findFirst();
    }

    /**
     * Is ICMP inspected for all traffic? Only a global policy counts; its class must match every ICMP packet:
     * {@code class-default}, a class of {@code match any} or {@code match default-inspection-traffic}, or the factory
     * default {@code inspection_default} (which matches the default inspection traffic) when the file does not
     * redefine it.
     */
    boolean inspectsIcmp() {
        if (globalPolicy.isEmpty()) {
            return false;
        }
        Map<String, Boolean> classes = icmpInspection.getOrDefault(globalPolicy.get(), Map.of());
        Set<String> covering = new HashSet<>(Set.of("class-default"));
        if (!classMatches.containsKey("inspection_default")) {
            covering.add("inspection_default");
        }
        classMatches.forEach((name, matches) -> {
            if (matches.contains("any") || matches.contains("default-inspection-traffic")) {
                covering.add(name);
            }
        });
        return classes.entrySet().stream().anyMatch(e -> e.getValue() && covering.contains(e.getKey()));
    }
}
