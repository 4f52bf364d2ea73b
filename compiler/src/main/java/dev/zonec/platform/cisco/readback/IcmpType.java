package dev.zonec.platform.cisco.readback;

import java.util.OptionalInt;

/** An ICMP or ICMPv6 type, and the code when a message name stands for one (e.g. IOS {@code port-unreachable}). */
public record IcmpType(int type, OptionalInt code) {

    public static IcmpType of(int type) {
        return new IcmpType(type, OptionalInt.empty());
    }

    public static IcmpType of(int type, int code) {
        return new IcmpType(type, OptionalInt.of(code));
    }
}
