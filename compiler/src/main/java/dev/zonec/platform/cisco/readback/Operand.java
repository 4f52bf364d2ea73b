package dev.zonec.platform.cisco.readback;

/**
 * An address operand of a Cisco-family ACL entry or network object-group entry, as written: the platform grammars
 * say which forms they accept, {@link Addresses} says what each form means.
 */
public sealed interface Operand {

    /** {@code any}. */
    record Any() implements Operand {}

    /** {@code host A}, or a bare address where the platform reads it as a host. */
    record Host(String address) implements Operand {}

    /** {@code 10.1.1.0/24}, {@code 2001:db8::/64}. */
    record Prefix(String text) implements Operand {}

    /** {@code A W}, a Cisco wildcard mask (the bits that may differ). */
    record Wildcard(String address, String wildcard) implements Operand {}

    /** {@code A M}, a netmask (IOS network object groups). */
    record Netmask(String address, String mask) implements Operand {}

    /** {@code range A B} (IOS network object groups). */
    record Range(String first, String last) implements Operand {}

    /** A network object group by name ({@code object-group N}, {@code addrgroup N}, {@code group-object N}). */
    record Group(String name) implements Operand {}
}
