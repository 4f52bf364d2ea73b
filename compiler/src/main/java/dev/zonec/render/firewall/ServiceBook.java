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
 * named after the use ({@code plc-control}). A use whose matches differ between IP versions gets one group per
 * distinct list.
 */
public final class ServiceBook {

    /** How a platform names service objects and groups. */
    public interface Naming {
        String object(Match match);

        /** The group for a use with several matches; {@code variant} is 1 for the first list of matches, then 2, ... */
        String group(ServiceUse use, int variant);
    }

    public record ServiceObject(String name, Match match) {}

    public record ServiceGroup(String name, List<String> members) {}

    private final Naming naming;
    private final Map<String, ServiceObject> objects = new LinkedHashMap<>();
    private final Map<String, ServiceGroup> groups = new LinkedHashMap<>();
    private final Map<List<Object>, String> groupByContent = new LinkedHashMap<>();
    private final Map<String, Integer> variants = new LinkedHashMap<>();
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
            int variant = variants.merge(use.name(), 1, Integer::sum);
            String group = naming.group(use, variant);
            groups.put(group, new ServiceGroup(group, members));
            names.putIfAbsent(group, new AddressBook.DerivedName(group, "service group", use.span()));
            return group;
        });
    }

    public List<ServiceObject> objects() {
        return List.copyOf(objects.values());
    }

    public List<ServiceGroup> groups() {
        return List.copyOf(groups.values());
    }

    public List<AddressBook.DerivedName> derivedNames() {
        return List.copyOf(names.values());
    }
}
