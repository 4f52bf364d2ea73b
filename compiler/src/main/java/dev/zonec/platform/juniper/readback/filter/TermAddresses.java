package dev.zonec.platform.juniper.readback.filter;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.platform.juniper.readback.JunosPrefixes;
import dev.zonec.platform.juniper.readback.Unprovable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The address conditions of a term: each field's addresses and prefix lists form one list matched by longest
 * prefix ({@code except} entries take addresses out); {@code address} and {@code prefix-list} test either field, so
 * they become one alternative per field.
 */
final class TermAddresses {
    /** The source and destination addresses of one alternative: empty = any address. */
    record Alternative(Optional<List<AddressBlock>> sources, Optional<List<AddressBlock>> destinations) {}

    private final FilterConfig config;
    private final Unprovable unprovable;

    TermAddresses(FilterConfig config, Unprovable unprovable) {
        this.config = config;
        this.unprovable = unprovable;
    }

    /** The address alternatives: one (source and destination lists), or one per direction for either-forms. */
    Optional<List<Alternative>> alternatives(Map<String, List<FilterTerm.Condition>> byKeyword, IpFamily family) {
        Optional<Optional<List<AddressBlock>>> src = prefixes(byKeyword, "source-address", "source-prefix-list", family);
        Optional<Optional<List<AddressBlock>>> dst = prefixes(byKeyword, "destination-address",
                "destination-prefix-list", family);
        Optional<Optional<List<AddressBlock>>> either = prefixes(byKeyword, "address", "prefix-list", family);
        if (src.isEmpty() || dst.isEmpty() || either.isEmpty()) {
            return Optional.empty();
        }
        if (either.get().isPresent()) {
            return Optional.of(List.of(new Alternative(either.get(), Optional.empty()),
                    new Alternative(Optional.empty(), either.get())));
        }
        return Optional.of(List.of(new Alternative(src.get(), dst.get())));
    }

    /** One address field's list (addresses or prefix lists): empty inside = no condition; empty outside = error. */
    private Optional<Optional<List<AddressBlock>>> prefixes(Map<String, List<FilterTerm.Condition>> byKeyword,
                                                            String addressKey, String listKey, IpFamily family) {
        List<JunosPrefixes.Entry> entries = new ArrayList<>();
        List<FilterTerm.Condition> conditions = new ArrayList<>(byKeyword.getOrDefault(addressKey, List.of()));
        for (FilterTerm.Condition c : conditions) {
            Optional<AddressBlock> block = JunosPrefixes.prefix(c.value());
            if (block.isEmpty() || block.get().family() != family) {
                unprovable.at(c.line(), "`" + c.value() + "` is not an " + (family == IpFamily.V4 ? "IPv4" : "IPv6")
                        + " prefix the read-back knows");
                return Optional.empty();
            }
            entries.add(new JunosPrefixes.Entry(block.get(), c.except()));
        }
        for (FilterTerm.Condition c : byKeyword.getOrDefault(listKey, List.of())) {
            if (config.unreadPrefixLists.containsKey(c.value())) {
                unprovable.at(config.unreadPrefixLists.get(c.value()), "prefix list `" + c.value()
                        + "` holds a statement the read-back does not understand");
                return Optional.empty();
            }
            List<AddressBlock> list = config.prefixLists.get(c.value());
            if (list == null) {
                unprovable.at(c.line(), "prefix list `" + c.value() + "` is not defined, so the commit fails");
                return Optional.empty();
            }
            // a prefix list holds both versions; a filter uses the entries of its own
            list.forEach(b -> entries.add(new JunosPrefixes.Entry(b, c.except())));
            conditions.add(c);
        }
        if (conditions.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        return Optional.of(Optional.of(JunosPrefixes.longestMatch(entries, family)));
    }
}
