package dev.zonec.platform;

import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Site;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How Batfish reads one platform's files, what the snapshot packaging adds so that it does, and which question
 * shape tests its filters. Batfish picks a file's parser from a {@code BATFISH_FORMAT} comment line when there is
 * one and names a node after the configured hostname, so most platforms put a header in front of zonec's file.
 */
public interface BatfishSupport {

    /** How Batfish gets to the platform's files. */
    enum Reading {
        /** A vendor configuration file under {@code configs/}, fully checked. */
        CONFIG,
        /** A ruleset named by a host file under {@code hosts/} (Batfish's host model): parsed, not flow-tested. */
        HOST,
        /** Batfish has no parser for it: listed as not checked. */
        NOT_READ
    }

    /** Where testFilters evaluates a packet that crosses the device. */
    enum FilterQuestion {
        /** The filters applied where the packet enters ({@code @in}): ingress ACL platforms. */
        AT_INGRESS,
        /**
         * The filters of the interface it leaves by ({@code @out}), starting where it enters ({@code @enter}): zone
         * pair firewalls, whose filters choose the policy by the zone the packet came from.
         */
        AT_EGRESS_FROM_INGRESS
    }

    /**
     * A line zonec must write for the real device that Batfish does not recognise: the line shape (matched against
     * the whole trimmed line) and the evidence for excusing it. docs/batfish.md lists the same entries.
     */
    record KnownGap(Pattern line, String why) {}

    Reading reading();

    /** The Batfish {@code ConfigurationFormat} name ({@code cisco_ios}); empty when Batfish does not read it. */
    String format();

    FilterQuestion filterQuestion();

    /** The lines put in front of the device's file in the snapshot. */
    default List<String> header(Device device) {
        return List.of();
    }

    /** Why Batfish does not read this one file of the platform (the IPv6 half of a pair, say), if it does not. */
    default Optional<String> notRead(String file) {
        return Optional.empty();
    }

    /** The names Batfish may give an inventory interface, for specifiers; the inventory name first. */
    default List<String> interfaceNames(Device device, Interface iface, Site site) {
        return List.of(iface.name());
    }

    default List<KnownGap> knownGaps() {
        return List.of();
    }

    /** The help of ZC0705 when Batfish does not check the platform: what does. */
    default String ownChecks() {
        return "zonec's own checks cover it";
    }

    /** Why Batfish's filter answers are not counted when it only parses the platform (reading {@link Reading#HOST}). */
    default String parsedOnly() {
        return "";
    }
}
