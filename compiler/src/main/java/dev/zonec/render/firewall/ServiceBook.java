package dev.zonec.render.firewall;

import dev.zonec.model.site.Match;
import dev.zonec.model.site.ServiceUse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named service (application) objects and groups a firewall config defines. Each match is one object, named by
 * the platform from its protocol and ports (e.g. {@code tcp-502}); a service use with several matches is a group
 * named after the use ({@code plc-control}). A service's matches differ between IP versions only in their ICMP
 * terms (an IPv4 rule carries the service's {@code icmp} terms, an IPv6 rule its {@code icmp6} ones), so a group that
 * holds ICMP terms is named for their version too ({@code ping} + {@code icmp} or {@code icmp6}): the name follows
 * from the group's content, never from which rule used it first.
 */
public final class ServiceBook {

    /** How a platform names service objects and groups. */
    public interface Naming {
        String object(Match match);

        /**
         * The group for a use with several matches; {@code variant} is empty when the group holds no ICMP term,
         * else {@code icmp} or {@code icmp6} (its ICMP terms' version).
         */
        String group(ServiceUse use, String variant);
    }

    public record ServiceObject(String name, Match match) {}

    public record ServiceGroup(String name, List<String> members) {}

    private final Naming naming;
    private final Map<String, ServiceObject> objects = new LinkedHashMap<>();
    private final Map<String, ServiceGroup> groups = new LinkedHashMap<>();
    private final Map<List<Object>, String> groupByContent = new LinkedHashMap<>();
    private final Map<String, AddressBook.DerivedName> names = new LinkedHashMap<>();

    public ServiceBook(Naming naming) {
        this.naming = naming;
    }

    /** Adds the service use (if new) and returns the name a policy references it by. */
    public String reference(ServiceUse use) {
        List<String> members = new ArrayList<>();
        for (Match m : use.matches()) {
            String name = naming.object(m);
            objects.putIfAbsent(name, new ServiceObject(name, m));
            names.putIfAbsent(name, new AddressBook.DerivedName(name, "service object", use.span()));
            if (!members.contains(name)) {
                members.add(name);
            }
        }
        if (members.size() == 1) {
            return members.get(0);
        }
        return groupByContent.computeIfAbsent(List.of(use.name(), members), k -> {
            String group = naming.group(use, variant(use.matches()));
            groups.put(group, new ServiceGroup(group, members));
            names.putIfAbsent(group, new AddressBook.DerivedName(group, "service group", use.span()));
            return group;
        });
    }

    private static String variant(List<Match> matches) {
        for (Match m : matches) {
            if (m instanceof Match.Icmp icmp) {
                return icmp.protocol() == dev.zonec.model.site.Protocol.ICMP ? "icmp" : "icmp6";
            }
        }
        return "";
    }

    /** The objects, sorted by name: a rule added or moved changes no other object's place in the file. */
    public List<ServiceObject> objects() {
        return objects.values().stream().sorted(java.util.Comparator.comparing(ServiceObject::name)).toList();
    }

    /** The groups, sorted by name. */
    public List<ServiceGroup> groups() {
        return groups.values().stream().sorted(java.util.Comparator.comparing(ServiceGroup::name)).toList();
    }

    public List<AddressBook.DerivedName> derivedNames() {
        return List.copyOf(names.values());
    }
}
