package dev.zonec.resolve;

import dev.zonec.model.ast.AddressLiteral;
import dev.zonec.model.diag.Code;
import dev.zonec.model.diag.Diagnostic;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.site.AddressBlock;
import inet.ipaddr.AddressStringException;
import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.Optional;

/** Validates address literals with IPAddress and turns them into {@link AddressBlock}s. */
final class AddressParser {

    /** Plain dotted-quad and RFC 4291 forms only: no inet_aton shorthands, wildcards, masks or leading zeros. */
    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowAll(false)
            .allowSingleSegment(false)
            .allowMask(false)
            .allowPrefixOnly(false)
            .allowWildcardedSeparator(false)
            .allow_inet_aton(false)
            .setRangeOptions(RangeParameters.NO_RANGE)
            .getIPv4AddressParametersBuilder().allowLeadingZeros(false).allowPrefixLengthLeadingZeros(false).getParentBuilder()
            .getIPv6AddressParametersBuilder().allowPrefixLengthLeadingZeros(false).getParentBuilder()
            .toParams();

    private final Diagnostics diagnostics;

    AddressParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<AddressBlock> parse(AddressLiteral literal) {
        if (literal instanceof AddressLiteral.Prefix p) {
            return prefix(p);
        }
        if (literal instanceof AddressLiteral.Range r) {
            return range(r);
        }
        return address(literal.text(), literal).map(AddressBlock::of);
    }

    private Optional<AddressBlock> prefix(AddressLiteral.Prefix p) {
        Optional<IPAddress> address = address(p.address(), p);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        if (p.length() > address.get().getBitCount()) {
            error(p, "prefix length /" + p.length() + " is longer than an " + version(address.get()) + " address",
                    "IPv4 prefixes are /0 to /32, IPv6 /0 to /128");
            return Optional.empty();
        }
        IPAddress withPrefix = address.get().setPrefixLength(p.length(), false);
        IPAddress block = withPrefix.toPrefixBlock();
        if (!block.getLower().withoutPrefixLength().equals(address.get().withoutPrefixLength())) {
            error(p, "`" + p.text() + "` has host bits set", "did you mean `" + block.toCanonicalString() + "`?");
            return Optional.empty();
        }
        return Optional.of(AddressBlock.of(block));
    }

    private Optional<AddressBlock> range(AddressLiteral.Range r) {
        Optional<IPAddress> from = address(r.from(), r);
        Optional<IPAddress> to = address(r.to(), r);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (from.get().isIPv4() != to.get().isIPv4()) {
            error(r, "range `" + r.text() + "` mixes IPv4 and IPv6", "both ends of a range have the same IP version");
            return Optional.empty();
        }
        if (from.get().compareTo(to.get()) > 0) {
            error(r, "range `" + r.text() + "` runs backwards", "write the lower address first");
            return Optional.empty();
        }
        return Optional.of(AddressBlock.ofRange(from.get().spanWithRange(to.get())));
    }

    private Optional<IPAddress> address(String text, AddressLiteral where) {
        try {
            IPAddress address = new IPAddressString(text, STRICT).toAddress();
            return Optional.of(address.withoutPrefixLength());
        } catch (AddressStringException e) {
            error(where, "`" + text + "` is not a valid IP address", e.getMessage());
            return Optional.empty();
        }
    }

    private static String version(IPAddress a) {
        return a.isIPv4() ? "IPv4" : "IPv6";
    }

    private void error(AddressLiteral where, String message, String help) {
        diagnostics.report(Diagnostic.error(Code.ZC0209, message).at(where.span()).help(help));
    }
}
