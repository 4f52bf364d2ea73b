package dev.zonec.model.site;

import dev.zonec.model.source.Span;
import java.util.List;

/** {@code asset hmi[1..4] ...}: members in index order, {@code firstIndex} is the index of the first. */
public record AssetFamily(String name, String zone, int firstIndex, List<Asset> members, Span span) {
    public AssetFamily {
        members = List.copyOf(members);
    }

    public int lastIndex() {
        return firstIndex + members.size() - 1;
    }
}
