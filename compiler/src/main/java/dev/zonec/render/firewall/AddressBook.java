package dev.zonec.render.firewall;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.source.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named address objects and groups a firewall config defines, built from the endpoints its policies use. An
 * endpoint with one block of an IP version is one object; with several it is a group of member objects. Names
 * come from the platform's {@link Naming}; the book remembers where each name's policy original was written so a
 * name the platform rejects can be reported there.
 */
public final class AddressBook {

    /** How a platform names objects (the renderer keeps every name within its platform's rules). */
    public interface Naming {
        /** The object for an endpoint with one block of {@code family}. */
        String object(Endpoint endpoint, IpFamily family);

        /** The group for an endpoint with several blocks of {@code family}. */
        String group(Endpoint endpoint, IpFamily family);

        /** The member object for the {@code index}th (1-based) block of a grouped endpoint. */
        String member(Endpoint endpoint, IpFamily family, int index);
    }

    public record AddressObject(String name, AddressBlock block, Optional<String> description) {}

    public record AddressGroup(String name, List<String> members, Optional<String> description) {}

    /** A name the config will contain and the policy name it was derived from. */
    public record DerivedName(String name, String what, Span origin) {}

    private final Naming naming;
    private final Map<String, AddressObject> objects = new LinkedHashMap<>();
    private final Map<String, AddressGroup> groups = new LinkedHashMap<>();
    private final Map<String, DerivedName> names = new LinkedHashMap<>();

    public AddressBook(Naming naming) {
        this.naming = naming;
    }

    /** Adds the endpoint (if new) and returns the name a policy references it by. */
    public String reference(Endpoint endpoint, IpFamily family) {
        List<AddressBlock> blocks = endpoint.addresses(family);
        if (blocks.size() == 1) {
            String name = naming.object(endpoint, family);
            objects.putIfAbsent(name, new AddressObject(name, blocks.get(0), endpoint.description()));
            names.putIfAbsent(name, new DerivedName(name, "address object", endpoint.span()));
            return name;
        }
        String group = naming.group(endpoint, family);
        if (!groups.containsKey(group)) {
            List<String> members = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                String member = naming.member(endpoint, family, i + 1);
                objects.putIfAbsent(member, new AddressObject(member, blocks.get(i), Optional.empty()));
                names.putIfAbsent(member, new DerivedName(member, "address object", endpoint.span()));
                members.add(member);
            }
            groups.put(group, new AddressGroup(group, members, endpoint.description()));
            names.putIfAbsent(group, new DerivedName(group, "address group", endpoint.span()));
        }
        return group;
    }

    public List<String> references(Collection<Endpoint> endpoints, IpFamily family) {
        return endpoints.stream().map(e -> reference(e, family)).toList();
    }

    /** The objects, sorted by name: a rule added or moved changes no other object's place in the file. */
    public List<AddressObject> objects() {
        return objects.values().stream().sorted(java.util.Comparator.comparing(AddressObject::name)).toList();
    }

    /** The groups, sorted by name. */
    public List<AddressGroup> groups() {
        return groups.values().stream().sorted(java.util.Comparator.comparing(AddressGroup::name)).toList();
    }

    public List<DerivedName> derivedNames() {
        return List.copyOf(names.values());
    }
}
