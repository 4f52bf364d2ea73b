package dev.zonec.batfish;

import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Platform;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import dev.zonec.platform.BatfishSupport;
import dev.zonec.platform.BatfishSupport.FilterQuestion;
import dev.zonec.platform.BatfishSupport.KnownGap;
import dev.zonec.platform.BatfishSupport.KnownIssue;
import dev.zonec.platform.BatfishSupport.Reading;
import dev.zonec.platform.Targets;
import java.util.List;
import java.util.Optional;

/**
 * How Batfish reads one zonec platform, as its target declares it ({@link BatfishSupport}): the format line and
 * hostname the snapshot packaging puts in front of a file, the names Batfish gives interfaces, the question that
 * tests the platform's filters, and the lines Batfish is known not to recognise. Findings on the file are mapped back past the header.
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

    /** How testFilters is asked about a packet crossing {@code device} from {@code ingress} to {@code egress}. */
    public FilterQuestion filterQuestion(Device device, Interface ingress, Interface egress, Site site) {
        return support.filterQuestion(device, ingress, egress, site);
    }

    /** The lines put in front of the device's file in the snapshot. */
    public List<String> header(Device device) {
        return support.header(device);
    }

    /** The names Batfish may give an inventory interface, for specifiers. */
    public List<String> interfaceNames(Device device, Interface iface, Site site) {
        return support.interfaceNames(device, iface, site);
    }

    /** The known issue an initialisation issue Batfish reports on a device of the platform falls under, if any. */
    public Optional<KnownIssue> knownIssue(String type, String details) {
        return support.knownIssues().stream().filter(i -> i.holds(type, details)).findFirst();
    }

    /** The known gap a Batfish warning on line {@code line} of an output file falls under, if any. */
    public Optional<KnownGap> knownGap(SourceFile file, int line, String warning) {
        return support.knownGaps().stream().filter(g -> g.holds(file, line, warning)).findFirst();
    }
}
