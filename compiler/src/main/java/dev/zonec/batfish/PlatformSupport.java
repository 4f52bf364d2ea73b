package dev.zonec.batfish;

import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Platform;
import dev.zonec.model.site.Site;
import dev.zonec.platform.BatfishSupport;
import dev.zonec.platform.BatfishSupport.FilterQuestion;
import dev.zonec.platform.BatfishSupport.Reading;
import dev.zonec.platform.Targets;
import java.util.List;

/**
 * How Batfish reads one zonec platform, as its target declares it ({@link BatfishSupport}): the format line and
 * hostname the snapshot packaging puts in front of a file, the names Batfish gives interfaces, and the question shape
 * that tests the platform's filters. Findings on the file are mapped back past the header.
 */
public record PlatformSupport(Platform platform, BatfishSupport support) {

    public static PlatformSupport of(Platform platform) {
        return new PlatformSupport(platform, Targets.standard().of(platform).batfish());
    }

    public Reading reading() {
        return support.reading();
    }

    /** The Batfish {@code ConfigurationFormat} name written in the header. */
    public String format() {
        return support.format();
    }

    /** Whether Batfish tests this platform's filters with packets (and looks for unreachable lines in them). */
    public boolean flowTested() {
        return support.reading() == Reading.CONFIG;
    }

    /**
     * True when a packet is tested against the filters of the interface it leaves by, starting at the interface it
     * enters by; otherwise against the filter of the interface it enters by.
     */
    public boolean zonePair() {
        return support.filterQuestion() == FilterQuestion.AT_EGRESS_FROM_INGRESS;
    }

    /** The lines put in front of the device's file in the snapshot. */
    public List<String> header(Device device) {
        return support.header(device);
    }

    /** The names Batfish may give an inventory interface, for specifiers. */
    public List<String> interfaceNames(Device device, Interface iface, Site site) {
        return support.interfaceNames(device, iface, site);
    }
}
