package dev.zonec.batfish;

import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Platform;
import dev.zonec.model.site.Site;
import dev.zonec.platform.cisco.render.asa.Nameifs;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Batfish reads each zonec platform, and what the snapshot packaging adds so that it does. Batfish picks a
 * file's parser from a {@code BATFISH_FORMAT} comment line when there is one (VendorConfigurationFormatDetector,
 * since Batfish pull request 7155), and names a node after the configured hostname (a file without one is a red
 * flag). zonec's files are the policy's part of a device configuration, so the packaging prepends a header: the format
 * line, the hostname, and for the firewalls whose policies name interfaces the configuration does not define
 * (FortiOS, SRX, PAN-OS), bare definitions of those interfaces. Findings on the file are mapped back past the header.
 *
 * @param reading how Batfish gets to the platform's files
 * @param format  the Batfish {@code ConfigurationFormat} name written in the header
 */
public record PlatformSupport(Platform platform, Reading reading, String format) {

    public enum Reading {
        /** A vendor configuration file under {@code configs/}, fully checked. */
        CONFIG,
        /** An iptables-save file referenced from a host file under {@code hosts/}: parsed, not flow-tested. */
        IPTABLES_HOST,
        /** Batfish has no parser for it: listed as not checked. */
        NOT_READ
    }

    private static final Pattern JUNOS_UNIT = Pattern.compile("(.+)\\.([0-9]+)");
    private static final Pattern PANOS_ETHERNET = Pattern.compile("ethernet[0-9]+/[0-9]+");

    public static PlatformSupport of(Platform platform) {
        return switch (platform) {
            case CISCO_IOS -> new PlatformSupport(platform, Reading.CONFIG, "cisco_ios");
            case CISCO_NXOS -> new PlatformSupport(platform, Reading.CONFIG, "cisco_nx");
            case CISCO_ASA -> new PlatformSupport(platform, Reading.CONFIG, "cisco_asa");
            case ARISTA_EOS -> new PlatformSupport(platform, Reading.CONFIG, "arista");
            case JUNIPER_SRX, JUNIPER_JUNOS -> new PlatformSupport(platform, Reading.CONFIG, "flat_juniper");
            case PALOALTO_PANOS -> new PlatformSupport(platform, Reading.CONFIG, "palo_alto");
            case FORTINET_FORTIOS -> new PlatformSupport(platform, Reading.CONFIG, "fortios");
            case IPTABLES -> new PlatformSupport(platform, Reading.IPTABLES_HOST, "iptables");
            case NFTABLES -> new PlatformSupport(platform, Reading.NOT_READ, "");
        };
    }

    /** Whether Batfish tests this platform's filters with packets (and looks for unreachable lines in them). */
    public boolean flowTested() {
        return reading == Reading.CONFIG;
    }

    /**
     * True when the platform filters by zone pair: a packet is tested against the filters of the interface it
     * leaves by, starting at the interface it enters by; otherwise against the filter of the interface it enters by.
     */
    public boolean zonePair() {
        return platform.capabilities().scope() == FilterScope.ZONE_PAIR;
    }

    /** The lines put in front of the device's file in the snapshot. */
    public List<String> header(Device device) {
        List<String> lines = new ArrayList<>();
        switch (platform) {
            case CISCO_IOS, CISCO_NXOS, CISCO_ASA, ARISTA_EOS -> {
                lines.add("!BATFISH_FORMAT: " + format);
                lines.add("hostname " + device.name());
            }
            case JUNIPER_JUNOS -> {
                lines.add("#BATFISH_FORMAT: " + format);
                lines.add("set system host-name " + device.name());
            }
            case JUNIPER_SRX -> {
                lines.add("#BATFISH_FORMAT: " + format);
                lines.add("set system host-name " + device.name());
                for (Interface i : device.interfaces()) {
                    Matcher m = JUNOS_UNIT.matcher(i.name());
                    if (m.matches()) {
                        lines.add("set interfaces " + m.group(1) + " unit " + m.group(2) + " family inet");
                    }
                }
            }
            case PALOALTO_PANOS -> {
                lines.add("#BATFISH_FORMAT: " + format);
                lines.add("set deviceconfig system hostname " + device.name());
                for (Interface i : device.interfaces()) {
                    if (PANOS_ETHERNET.matcher(i.name()).matches()) {
                        lines.add("set network interface ethernet " + i.name() + " layer3");
                    }
                }
            }
            case FORTINET_FORTIOS -> fortiosHeader(device, lines);
            case IPTABLES, NFTABLES -> { }
        }
        return lines;
    }

    private void fortiosHeader(Device device, List<String> lines) {
        lines.add("#BATFISH_FORMAT: " + format);
        lines.add("config system global");
        lines.add("    set hostname \"" + device.name() + "\"");
        lines.add("end");
        lines.add("config system interface");
        for (Interface i : device.interfaces()) {
            lines.add("    edit \"" + i.name() + "\"");
            lines.add("        set vdom \"root\"");
            lines.add("        set type physical");
            lines.add("    next");
        }
        lines.add("end");
    }

    /**
     * The names Batfish may give an inventory interface, for specifiers: the inventory name, and on ASA also the
     * {@code nameif} zonec configures (Batfish's ASA model may name interfaces either way).
     */
    public List<String> interfaceNames(Device device, Interface iface, Site site) {
        List<String> names = new ArrayList<>(List.of(iface.name()));
        if (platform == Platform.CISCO_ASA) {
            Nameifs.of(device, site).stream().filter(n -> n.hardware().equals(iface)).findFirst()
                    .ifPresent(n -> names.add(n.nameif()));
        }
        return names;
    }
}
