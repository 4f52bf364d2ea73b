package dev.zonec.render.firewall;

import dev.zonec.model.ir.IrRule;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which IR rules use each named object of a zone-pair firewall (address, group, service, application), for the
 * source map: an object's definition is scaffolding of the rules whose policies name it, directly or through a group.
 */
public final class ObjectUsers {
    private final Map<String, Set<IrRule>> users = new HashMap<>();

    /** The policy enforcing {@code rules} names these objects. */
    public void add(Collection<String> names, List<IrRule> rules) {
        names.forEach(n -> users.computeIfAbsent(n, k -> new LinkedHashSet<>()).addAll(rules));
    }

    /** The members of group {@code group} are used by whatever uses the group. */
    public void throughGroup(String group, Collection<String> members) {
        add(members, rules(group));
    }

    public List<IrRule> rules(String name) {
        return List.copyOf(users.getOrDefault(name, Set.of()));
    }
}
