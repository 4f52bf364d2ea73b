package dev.zonec.model.site;

/** An inclusive port range; {@link #ALL} (0-65535) means the port is not constrained. */
public record PortRange(int first, int last) implements Comparable<PortRange> {
    public static final PortRange ALL = new PortRange(0, 65535);

    public PortRange {
        if (first < 0 || last > 65535 || first > last) {
            throw new IllegalArgumentException("bad port range " + first + "-" + last);
        }
    }

    public static PortRange single(int port) {
        return new PortRange(port, port);
    }

    public boolean isAll() {
        return first == 0 && last == 65535;
    }

    public boolean isSingle() {
        return first == last;
    }

    @Override
    public int compareTo(PortRange o) {
        return first != o.first ? Integer.compare(first, o.first) : Integer.compare(last, o.last);
    }

    @Override
    public String toString() {
        return isSingle() ? Integer.toString(first) : first + "-" + last;
    }
}
