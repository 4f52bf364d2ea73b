package dev.zonec.platform.cisco.render;

/**
 * An address operand or group entry of a Cisco-style ACL, as a value the template spells: {@code any}, a host, an
 * address with a mask (a wildcard in an ACL entry, a netmask in a group), a prefix, a range, or a named group.
 *
 * @param object for a {@link Form#GROUP} reference: the group is a single {@code object} (ASA), not an
 *               {@code object-group}
 */
public record AclAddress(Form form, String address, String mask, int length, String last, String name,
                         boolean object) {

    public enum Form { ANY, HOST, MASKED, PREFIX, RANGE, GROUP }

    public static AclAddress any() {
        return new AclAddress(Form.ANY, "", "", 0, "", "", false);
    }

    public static AclAddress host(String address) {
        return new AclAddress(Form.HOST, address, "", 0, "", "", false);
    }

    public static AclAddress masked(String address, String mask) {
        return new AclAddress(Form.MASKED, address, mask, 0, "", "", false);
    }

    public static AclAddress prefix(String address, int length) {
        return new AclAddress(Form.PREFIX, address, "", length, "", "", false);
    }

    public static AclAddress range(String first, String last) {
        return new AclAddress(Form.RANGE, first, "", 0, last, "", false);
    }

    public static AclAddress group(String name, boolean object) {
        return new AclAddress(Form.GROUP, "", "", 0, "", name, object);
    }
}
