package dev.zonec.platform.linux;

import dev.zonec.platform.InterfaceNaming;
import java.util.regex.Pattern;

/**
 * Linux interface names, shared by the Linux platforms (nftables, iptables). The kernel's dev_valid_name allows
 * 1 to 15 bytes (IFNAMSIZ 16 with the NUL), not "." or "..", and no '/', ':' or whitespace; zonec also keeps out
 * quotes and the characters iptables gives a meaning ('+' is its wildcard, '!' its negation), so a name is safe
 * unquoted in iptables-restore and quoted in nft.
 */
public final class LinuxInterfaces {
    public static final Pattern NAME = Pattern.compile("(?!\\.{1,2}$)[A-Za-z0-9._-]{1,15}");
    static final InterfaceNaming NAMING = InterfaceNaming.checked(NAME,
            "Linux interface names have 1 to 15 characters and no '/', ':' or spaces", n -> "eth" + n);

    private LinuxInterfaces() {}
}
