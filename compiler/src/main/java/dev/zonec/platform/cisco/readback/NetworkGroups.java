package dev.zonec.platform.cisco.readback;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.readback.LineParsing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Network object groups ({@code object-group network}, {@code object-group ip address}), per IP version, with
 * nested groups expanded. A group is the union of its members; an ACL entry naming it matches any of them. Groups
 * are resolved once the whole file is read, as the device resolves them when the ACL is applied.
 */
final class NetworkGroups {

    private record Key(IpFamily family, String name) {}

    private record Member(Operand operand, LineParsing.Line line) {}

    private final Map<Key, List<Member>> groups = new HashMap<>();
    private final Map<Key, Optional<List<AddressBlock>>> resolved = new HashMap<>();

    void define(IpFamily family, String name) {
        groups.computeIfAbsent(new Key(family, name), k -> new ArrayList<>());
    }

    void delete(IpFamily family, String name) {
        groups.remove(new Key(family, name));
    }

    void add(IpFamily family, String name, Operand member, LineParsing.Line line) {
        groups.computeIfAbsent(new Key(family, name), k -> new ArrayList<>()).add(new Member(member, line));
    }

    /** The group's addresses, or empty when it cannot be read back (reported once, where the problem is). */
    Optional<List<AddressBlock>> resolve(IpFamily family, String name, LineParsing.Line usedAt, Problems problems) {
        return resolve(new Key(family, name), usedAt, problems, new HashSet<>());
    }

    private Optional<List<AddressBlock>> resolve(Key key, LineParsing.Line usedAt, Problems problems, Set<Key> visiting) {
        if (resolved.containsKey(key)) {
            return resolved.get(key);
        }
        List<Member> members = groups.get(key);
        if (members == null) {
            problems.unprovable(usedAt, "object group `" + key.name() + "` is not defined");
            return Optional.empty();
        }
        if (!visiting.add(key)) {
            problems.unprovable(usedAt, "object group `" + key.name() + "` contains itself");
            return Optional.empty();
        }
        Set<AddressBlock> blocks = new LinkedHashSet<>();
        boolean readable = true;
        for (Member m : members) {
            Optional<List<AddressBlock>> part;
            if (m.operand() instanceof Operand.Group nested) {
                part = resolve(new Key(key.family(), nested.name()), m.line(), problems, visiting);
            } else if (m.operand() instanceof Operand.Any) {
                part = Optional.of(List.of(Addresses.everything(key.family())));
            } else {
                part = Addresses.block(m.operand(), key.family(), m.line(), problems).map(List::of);
            }
            if (part.isEmpty()) {
                readable = false;
            } else {
                blocks.addAll(part.get());
            }
        }
        visiting.remove(key);
        Optional<List<AddressBlock>> result = readable ? Optional.of(List.copyOf(blocks)) : Optional.empty();
        resolved.put(key, result);
        return result;
    }
}
