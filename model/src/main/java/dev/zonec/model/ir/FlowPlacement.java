package dev.zonec.model.ir;

import dev.zonec.model.site.IpFamily;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where one flow was placed for one IP version: it crosses {@code length} devices on each of its {@code paths}
 * shortest admissible paths, and {@code devices} are the devices on them.
 */
public record FlowPlacement(int flowId, IpFamily family, int length, long paths, SortedSet<String> devices) {
    public FlowPlacement {
        devices = Collections.unmodifiableSortedSet(new TreeSet<>(devices));
    }
}
