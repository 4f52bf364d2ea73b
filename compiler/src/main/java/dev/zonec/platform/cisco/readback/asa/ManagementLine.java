package dev.zonec.platform.cisco.readback.asa;

import dev.zonec.model.site.AddressBlock;
import dev.zonec.model.site.IpFamily;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.NotModelled;
import dev.zonec.readback.ReadValues;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One management-access line of an ASA (General Operations CLI Configuration Guide, "Management Access"; command
 * reference {@code ssh}, {@code http}, {@code icmp}): who may reach the ASA itself at the address of interface
 * {@code nameif}, arriving on it. {@code ssh A MASK NAMEIF} / {@code ssh PREFIX/LEN NAMEIF} (SSH), the same for
 * {@code http} (the HTTPS server), {@code icmp permit|deny any|host A|A MASK [TYPE] NAMEIF} (ICMPv4, by type name or
 * number; first match, then an implicit deny once the interface has one). An empty {@code source} is any address (an ICMPv4 line's {@code any}).
 */
record ManagementLine(String command, boolean permit, Optional<AddressBlock> source, OptionalInt icmpType,
                      String nameif, LineParsing.Line line) {
    static final List<String> COMMANDS = List.of("ssh", "http", "icmp");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    /** What makes two lines the same line: what {@code no ...} of one removes the other. */
    List<Object> key() {
        return List.of(command, permit, source, icmpType, nameif);
    }

    /**
     * The line {@code command args...}, or empty when it is another setting of the same command ({@code ssh timeout 5},
     * {@code ssh version 2}, {@code icmp unreachable rate-limit 1 burst-size 1}, ...), which decides no access.
     *
     * @throws NotModelled for an access line whose operands are not read
     */
    static Optional<ManagementLine> parse(String command, List<String> args, LineParsing.Line line) {
        if (command.equals("icmp")) {
            return icmp(args, line);
        }
        if (args.size() == 3 && IPV4.matcher(args.get(0)).matches()) {
            Optional<AddressBlock> block = ReadValues.addressWithMask(args.get(0), args.get(1), false)
                    .filter(b -> b.family() == IpFamily.V4);
            if (block.isEmpty()) {
                throw new NotModelled("`" + args.get(0) + " " + args.get(1) + "` is not an IPv4 address with a "
                        + "contiguous netmask");
            }
            return Optional.of(new ManagementLine(command, true, Optional.of(block.get()), OptionalInt.empty(), args.get(2),
                    line));
        }
        if (args.size() == 2 && args.get(0).contains(":")) {
            AddressBlock block = AceReader.prefix(args.get(0));
            return Optional.of(new ManagementLine(command, true, Optional.of(block), OptionalInt.empty(), args.get(1), line));
        }
        return Optional.empty();
    }

    private static Optional<ManagementLine> icmp(List<String> args, LineParsing.Line line) {
        if (args.isEmpty() || !List.of("permit", "deny").contains(args.get(0))) {
            return Optional.empty();
        }
        int at = 1;
        Optional<AddressBlock> source;
        if (args.size() > at && args.get(at).equals("any")) {
            source = Optional.empty();
            at++;
        } else if (args.size() > at + 1 && args.get(at).equals("host")) {
            source = Optional.of(AceReader.host(args.get(at + 1)));
            at += 2;
        } else if (args.size() > at + 1 && IPV4.matcher(args.get(at)).matches()) {
            Optional<AddressBlock> block = ReadValues.addressWithMask(args.get(at), args.get(at + 1), false)
                    .filter(b -> b.family() == IpFamily.V4);
            if (block.isEmpty()) {
                throw new NotModelled("`" + args.get(at) + " " + args.get(at + 1) + "` is not an IPv4 address with "
                        + "a contiguous netmask");
            }
            source = Optional.of(block.get());
            at += 2;
        } else {
            throw new NotModelled("the source of an icmp line is `any`, `host A` or `A MASK`");
        }
        OptionalInt type = OptionalInt.empty();
        if (args.size() == at + 2) {
            type = AsaNames.icmpType(args.get(at), false);
            if (type.isEmpty()) {
                throw new NotModelled("`" + args.get(at) + "` is not an ICMP type");
            }
            at++;
        }
        if (args.size() != at + 1) {
            throw new NotModelled("an icmp line ends in the interface name");
        }
        return Optional.of(new ManagementLine("icmp", args.get(0).equals("permit"), source, type, args.get(at), line));
    }
}
