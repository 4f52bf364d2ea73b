package dev.zonec.model.site;

import java.util.Optional;

/** A Purdue level: 0 to 5, or 3.5 for an IT/OT DMZ. Stored in tenths so 3.5 compares exactly. */
public record Level(int tenths) implements Comparable<Level> {
    /** Level 3.5, the IT/OT DMZ. */
    public static final Level DMZ = new Level(35);

    public static Optional<Level> parse(String text) {
        return switch (text) {
            case "0", "1", "2", "3", "4", "5" -> Optional.of(new Level(Integer.parseInt(text) * 10));
            case "3.5" -> Optional.of(new Level(35));
            default -> Optional.empty();
        };
    }

    @Override
    public int compareTo(Level other) {
        return Integer.compare(tenths, other.tenths);
    }

    @Override
    public String toString() {
        return tenths % 10 == 0 ? Integer.toString(tenths / 10) : (tenths / 10) + "." + (tenths % 10);
    }
}
