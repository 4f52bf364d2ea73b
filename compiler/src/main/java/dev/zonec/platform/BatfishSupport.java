package dev.zonec.platform;

import dev.zonec.model.site.Device;
import dev.zonec.model.site.Interface;
import dev.zonec.model.site.Site;
import dev.zonec.model.source.SourceFile;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
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

    /**
     * How testFilters is asked about a packet that crosses the device: the filter it evaluates, and the names of the
     * interface the packet enters by when the filter needs to know ({@code startLocation=@enter(...)}; empty: no start
     * location). Which filter holds a platform's policy is Batfish's conversion's choice, so each target names it.
     */
    record FilterQuestion(Filter filter, List<String> enteringOn) {
        public FilterQuestion {
            enteringOn = List.copyOf(enteringOn);
        }
    }

    /** A filter as testFilters names it. */
    sealed interface Filter {
        /** The filters Batfish applies to packets entering these interfaces ({@code @in}). */
        record AppliedIn(List<String> interfaceNames) implements Filter {
            public AppliedIn {
                interfaceNames = List.copyOf(interfaceNames);
            }
        }

        /** The filters Batfish applies to packets leaving by these interfaces ({@code @out}). */
        record AppliedOut(List<String> interfaceNames) implements Filter {
            public AppliedOut {
                interfaceNames = List.copyOf(interfaceNames);
            }
        }

        /** The filter Batfish builds under this name (an ACL, or one of its own {@code ~...~} filters). */
        record Named(String name) implements Filter {}
    }

    /**
     * A line zonec must write for the real device that Batfish does not recognise, and that changes none of the IPv4
     * verdicts zonec asks Batfish for. Each one was seen in a live run (the recordings under the tests'
     * {@code batfish-live/}, which a contract test checks every entry against). docs/batfish.md lists the same.
     *
     * @param line    the line's shape, matched against the whole stripped line of the output file
     * @param warning Batfish's parse warning on it (its {@code Comment}), matched whole
     * @param scope   where in the file the gap holds
     * @param why     why it is not a finding, for the report
     */
    record KnownGap(Pattern line, Pattern warning, Scope scope, String why) {
        /** What Batfish 0.36 says on a line its grammar does not accept. */
        public static final Pattern UNRECOGNIZED = Pattern.compile(Pattern.quote("This syntax is unrecognized"));

        /** A line Batfish's grammar does not accept, wherever it stands. */
        public static KnownGap unrecognized(String line, String why) {
            return new KnownGap(Pattern.compile(line), UNRECOGNIZED, Scope.ANYWHERE, why);
        }

        /** Whether Batfish's {@code warning} on line {@code lineNumber} of the output file falls under this gap. */
        public boolean holds(SourceFile file, int lineNumber, String warning) {
            if (lineNumber < 1 || lineNumber > file.lineCount()
                    || !line.matcher(file.line(lineNumber).strip()).matches()) {
                return false;
            }
            Matcher w = this.warning.matcher(warning.strip());
            return w.matches() && scope.holds(file, lineNumber, w);
        }
    }

    /**
     * An initialisation issue Batfish reports on a device of the platform, not on a line, that changes none of the
     * verdicts zonec counts; seen in a live run, like a {@link KnownGap}.
     *
     * @param type    the issue's type ({@code Convert warning (redflag)}), matched whole
     * @param details its details, matched whole
     * @param why     why it is not a finding, for the report
     */
    record KnownIssue(Pattern type, Pattern details, String why) {
        public boolean holds(String type, String details) {
            return this.type.matcher(type.strip()).matches() && this.details.matcher(details.strip()).matches();
        }
    }

    /** Where in an output file a known gap holds. */
    @FunctionalInterface
    interface Scope {
        Scope ANYWHERE = (file, line, warning) -> true;

        /** {@code warning}: Batfish's warning, matched by the gap's pattern (its groups name what it is about). */
        boolean holds(SourceFile file, int line, MatchResult warning);
    }

    Reading reading();

    /** The Batfish {@code ConfigurationFormat} name ({@code cisco_ios}); empty when Batfish does not read it. */
    String format();

    /**
     * The question for a packet entering by {@code ingress} and leaving by {@code egress}. By default the filters
     * applied where it enters: what the ingress-ACL platforms need. Zone-pair firewalls name their own.
     */
    default FilterQuestion filterQuestion(Device device, Interface ingress, Interface egress, Site site) {
        return new FilterQuestion(new Filter.AppliedIn(interfaceNames(device, ingress, site)), List.of());
    }

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

    default List<KnownIssue> knownIssues() {
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
