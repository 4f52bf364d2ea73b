package dev.zonec.lower;

import java.util.Comparator;

/** A flow crossing {@code device}, entering from {@code inZone} and leaving to {@code outZone}. */
public record Crossing(String device, String inZone, String outZone) implements Comparable<Crossing> {
    private static final Comparator<Crossing> ORDER = Comparator.comparing(Crossing::device)
            .thenComparing(Crossing::inZone).thenComparing(Crossing::outZone);

    @Override
    public int compareTo(Crossing o) {
        return ORDER.compare(this, o);
    }
}
