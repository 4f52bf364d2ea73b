package dev.zonec.platform.cisco.readback;

import dev.zonec.model.site.IpFamily;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one configuration line of a Cisco-family device means to the ACL read-back, whatever the platform's exact
 * syntax: each platform's grammar is its own, and its reader maps a parsed line to one of these. The shared
 * {@link CiscoAclReader} keeps the CLI mode between lines (ACL, object group, interface) and builds the filter.
 */
public sealed interface Statement {

    enum Direction {
        IN,
        OUT
    }

    /** {@code ip access-list [extended|standard] N}, {@code ipv6 access-list N}: enters the ACL's mode. */
    record AclHeader(IpFamily family, String name, boolean standard) implements Statement {}

    /** {@code no ip access-list ... N}. */
    record AclDelete(IpFamily family, String name) implements Statement {}

    /**
     * A global numbered-ACL line, {@code access-list 101 permit ...} (IOS): appends to the ACL and leaves any mode.
     * Without an entry it is a remark, which still creates the ACL.
     */
    record NumberedLine(String name, boolean standard, Optional<AclEntry> entry) implements Statement {}

    /** {@code no access-list 101}. */
    record NumberedDelete(String name) implements Statement {}

    /** {@code object-group network N}, {@code object-group ip address N}: enters the group's mode. */
    record GroupHeader(IpFamily family, String name) implements Statement {}

    /** {@code no object-group ... N}. */
    record GroupDelete(IpFamily family, String name) implements Statement {}

    /** An entry inside an ACL's mode, with its sequence number if it has one. */
    record Entry(OptionalLong sequence, AclEntry entry) implements Statement {}

    /** A remark inside an ACL's mode; it takes a sequence number on some platforms. */
    record Remark(OptionalLong sequence) implements Statement {}

    /** {@code no 20} inside an ACL's mode. */
    record EntryDelete(long sequence) implements Statement {}

    /** An entry inside a network object group's mode ({@link Operand.Group} for a nested group). */
    record Member(Operand operand) implements Statement {}

    /** {@code interface N}; empty when the line names several interfaces or a range, which is not read back. */
    record InterfaceHeader(Optional<String> name) implements Statement {}

    /**
     * {@code ip access-group N in}, {@code ipv6 traffic-filter N out}, ... inside an interface's mode; {@code remove}
     * for the {@code no} form, whose ACL name may be left out.
     */
    record Binding(IpFamily family, Optional<String> acl, Direction direction, boolean remove) implements Statement {}

    /**
     * A mode that is not about forwarded traffic ({@code line vty}, {@code control-plane}, management): bindings
     * inside it filter traffic to the device itself and are left out.
     */
    record OtherBlock() implements Statement {}

    /** A line understood to change nothing zonec proves (description, hostname, addresses, counters). */
    record Benign() implements Statement {}

    /** A line understood to change what the device forwards in a way the packet model cannot express. */
    record Unsupported(String why) implements Statement {}

    /** {@code exit}, {@code end}: back to the global mode. */
    record Exit() implements Statement {}
}
