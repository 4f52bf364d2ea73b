package dev.zonec.render;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names zonec holds on one device, by kind: {@code acl}, {@code rule}, {@code address}, {@code policy-id}, ... Each
 * platform chooses its kinds; a name is what the platform's delete command takes. manifest.json records, for every
 * file, what it creates ({@code owns}) and what it deletes ({@code removes}); the next compile into the same folder
 * reads both back as what an earlier output may have left on the device (docs/loading.md).
 */
public record Ownership(SortedMap<String, SortedSet<String>> names) {

    public static final Ownership NONE = new Ownership(new TreeMap<>());

    public Ownership {
        TreeMap<String, SortedSet<String>> copy = new TreeMap<>();
        names.forEach((kind, set) -> {
            if (!set.isEmpty()) {
                copy.put(kind, java.util.Collections.unmodifiableSortedSet(new TreeSet<>(set)));
            }
        });
        names = java.util.Collections.unmodifiableSortedMap(copy);
    }

    /** The names of one kind, sorted; empty when there are none. */
    public SortedSet<String> of(String kind) {
        return names.getOrDefault(kind, java.util.Collections.emptySortedSet());
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** Every name of this that {@code other} does not hold, kind by kind: what is stale when other is the new output. */
    public Ownership minus(Ownership other) {
        TreeMap<String, SortedSet<String>> rest = new TreeMap<>();
        names.forEach((kind, set) -> {
            TreeSet<String> left = new TreeSet<>(set);
            left.removeAll(other.of(kind));
            rest.put(kind, left);
        });
        return new Ownership(rest);
    }

    public Ownership union(Ownership other) {
        TreeMap<String, SortedSet<String>> all = new TreeMap<>();
        for (Ownership o : List.of(this, other)) {
            o.names.forEach((kind, set) -> all.computeIfAbsent(kind, k -> new TreeSet<>()).addAll(set));
        }
        return new Ownership(all);
    }

    /** Only the given kinds. */
    public Ownership only(Collection<String> kinds) {
        TreeMap<String, SortedSet<String>> kept = new TreeMap<>();
        kinds.forEach(k -> kept.put(k, of(k)));
        return new Ownership(kept);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects names while a renderer plans a file. */
    public static final class Builder {
        private final TreeMap<String, SortedSet<String>> names = new TreeMap<>();

        public Builder add(String kind, String name) {
            names.computeIfAbsent(kind, k -> new TreeSet<>()).add(name);
            return this;
        }

        public Builder addAll(String kind, Collection<String> more) {
            more.forEach(n -> add(kind, n));
            return this;
        }

        public Ownership build() {
            return new Ownership(names);
        }
    }

    /** For the manifest: kind to sorted names. */
    public Map<String, List<String>> asMap() {
        TreeMap<String, List<String>> map = new TreeMap<>();
        names.forEach((kind, set) -> map.put(kind, List.copyOf(set)));
        return map;
    }
}
