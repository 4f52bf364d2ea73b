package dev.zonec.packet;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A packet space made on first use, for work that cubes ({@link HeaderCube}) mostly settle without one: a kernel's
 * tables cost start-up time on a small site and tens of MiB per thread on an estate. Not thread-safe, like the
 * space itself: one per thread.
 */
public final class LazySpace implements Supplier<PacketSpace> {
    private final long rules;
    private Optional<PacketSpace> space = Optional.empty();

    /** @param rules as for {@link PacketSpace#forRules} */
    public LazySpace(long rules) {
        this.rules = rules;
    }

    @Override
    public PacketSpace get() {
        if (space.isEmpty()) {
            space = Optional.of(PacketSpace.forRules(rules));
        }
        return space.get();
    }

    /** Whether a space was made (so that sets may exist in it). */
    public boolean made() {
        return space.isPresent();
    }
}
