package dev.zonec.model.site;

/** Two zones, unordered: {@code first} sorts before {@code second}. What a device's route joins, both ways. */
public record ZonePair(String first, String second) implements Comparable<ZonePair> {
    public ZonePair {
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("a zone pair is two zones in order: " + first + ", " + second);
        }
    }

    public static ZonePair of(String a, String b) {
        return a.compareTo(b) < 0 ? new ZonePair(a, b) : new ZonePair(b, a);
    }

    @Override
    public int compareTo(ZonePair o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : second.compareTo(o.second);
    }

    @Override
    public String toString() {
        return first + " <-> " + second;
    }
}
