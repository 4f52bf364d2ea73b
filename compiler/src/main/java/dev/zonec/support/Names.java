package dev.zonec.support;

import java.util.regex.Pattern;

/** The name rules shared by the policy language and the inventory. */
public final class Names {
    /** Policy and device names: what the lexer's NAME admits. Also safe as a file name. */
    public static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z]([A-Za-z0-9_-]*[A-Za-z0-9_])?");

    /** Interface names as vendors write them: {@code ethernet1/1}, {@code ge-0/0/1.0}, {@code Vlan20}, {@code eth0}. */
    public static final Pattern INTERFACE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._:-]{0,63}");

    private Names() {}
}
