package dev.zonec.platform.cisco.render;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.IpFamily;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives ACL sources and destinations in one platform's {@link AddressStyle} and collects the named definitions they
 * refer to, each written once, sorted by name (so a rule added or moved changes no other definition's place in the
 * file), with the rules that use each. Renderers run the same pass in {@code validate} to check the derived names.
 */
public final class AclAddresses {
    private final AddressStyle style;
    private final Map<String, AddressGroup> groups = new LinkedHashMap<>();
    private final Map<String, Set<IrRule>> users = new LinkedHashMap<>();

    public AclAddresses(AddressStyle style) {
        this.style = style;
    }

    /** The operands for {@code endpoint}'s addresses of {@code family}: one ACL entry per operand. */
    public List<AclAddress> operands(Endpoint endpoint, IpFamily family, List<IrRule> rules) {
        Optional<List<AclAddress>> inline = style.inline(endpoint.addresses(family), family);
        if (inline.isPresent()) {
            return inline.get();
        }
        AddressGroup group = style.group(endpoint, family, endpoint.addresses(family));
        AddressGroup known = groups.putIfAbsent(group.name(), group);
        if (known != null && !known.equals(group)) {
            // endpoint names are unique per site and the style names groups by family: a clash is a bug
            throw new IllegalStateException("two address definitions named " + group.name());
        }
        users.computeIfAbsent(group.name(), n -> new LinkedHashSet<>()).addAll(rules);
        return List.of(AclAddress.group(group.name(), group.object()));
    }

    /** The definitions referred to so far, sorted by name, each with the rules that use it. */
    public List<AddressGroup> groups() {
        List<AddressGroup> result = new ArrayList<>();
        new java.util.TreeMap<>(groups).forEach((name, g) -> result.add(g.usedBy(List.copyOf(users.get(name)))));
        return result;
    }
}
