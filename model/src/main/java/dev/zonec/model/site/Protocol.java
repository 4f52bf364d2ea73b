package dev.zonec.model.site;

/** The L4 protocols a service term can name. */
public enum Protocol {
    TCP(6),
    UDP(17),
    ICMP(1),
    ICMP6(58);

    private final int number;

    Protocol(int number) {
        this.number = number;
    }

    /** The IANA protocol number. */
    public int number() {
        return number;
    }
}
