package dev.zonec.platform.cisco.readback.eos;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.filter.FilterRule;
import dev.zonec.model.filter.PacketFilter;
import dev.zonec.model.site.IpFamily;
import dev.zonec.model.source.SourceFile;
import dev.zonec.readback.LineParsing;
import dev.zonec.readback.ReadBack;
import dev.zonec.platform.cisco.readback.AclEntry;
import dev.zonec.platform.cisco.readback.CiscoAclReader;
import dev.zonec.platform.cisco.readback.CiscoNames;
import dev.zonec.platform.cisco.readback.Dialect;
import dev.zonec.platform.cisco.readback.InterfaceNames;
import dev.zonec.platform.cisco.readback.Operand;
import dev.zonec.platform.cisco.readback.PortMatch;
import dev.zonec.platform.cisco.readback.Statement;
import dev.zonec.platform.cisco.readback.Tokens;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an Arista EOS config back: IPv4 and IPv6 ACLs, standard and extended (sequenced entries, {@code host},
 * prefix and wildcard addresses), and the {@code ip access-group} / {@code ipv6 access-group} bindings of
 * interfaces. Bindings under {@code control-plane} or management services filter traffic to the switch itself and
 * are left out. An ACL ends in the implicit deny. ICMPv6 is {@code icmpv6} in IPv6 ACLs; its message types are read
 * as numbers only (EOS's ICMPv6 names were not verified, so a name makes the device unprovable instead of guessed).
 */
public final class AristaEosReadBack implements ReadBack {
    static final Dialect DIALECT = new Dialect("EOS",
            Map.of("icmp", CiscoNames.ICMP, "igmp", 2, "tcp", CiscoNames.TCP, "udp", CiscoNames.UDP, "gre", 47,
                    "ahp", 51, "ospf", 89, "pim", 103, "vrrp", 112),
            Map.of("icmpv6", CiscoNames.ICMPV6, "tcp", CiscoNames.TCP, "udp", CiscoNames.UDP),
            CiscoNames.ICMP_NAMES, Map.of(), List.of());


    @Override
    public PacketFilter read(String device, List<SourceFile> files, Diagnostics diagnostics) {
        return new CiscoAclReader(device, DIALECT, diagnostics).read(files, line -> LineParsing.parse(line,
                EosLineLexer::new, EosLineParser::new, EosLineParser::line, diagnostics).map(l -> statement(l, line)));
    }

    private static Statement statement(EosLineParser.LineContext parsed, LineParsing.Line line) {
        EosLineParser.StatementContext s = parsed.statement();
        if (s == null) {
            return new Statement.Benign();
        }
        if (s instanceof EosLineParser.IpAclHeaderContext h) {
            return new Statement.AclHeader(IpFamily.V4, h.name().getText(), h.STANDARD() != null);
        }
        if (s instanceof EosLineParser.IpAclDeleteContext d) {
            return new Statement.AclDelete(IpFamily.V4, d.name().getText());
        }
        if (s instanceof EosLineParser.Ipv6AclHeaderContext h) {
            return new Statement.AclHeader(IpFamily.V6, h.name().getText(), h.STANDARD() != null);
        }
        if (s instanceof EosLineParser.Ipv6AclDeleteContext d) {
            return new Statement.AclDelete(IpFamily.V6, d.name().getText());
        }
        if (s instanceof EosLineParser.AclEntryContext e) {
            return Tokens.withSequence(e.seq, n -> new Statement.Entry(n, entry(e.entry(), line)));
        }
        if (s instanceof EosLineParser.AclRemarkContext r) {
            return Tokens.withSequence(r.seq, Statement.Remark::new);
        }
        if (s instanceof EosLineParser.EntryDeleteContext d) {
            return Tokens.withSequence(d.seq, n -> new Statement.EntryDelete(n.getAsLong()));
        }
        if (s instanceof EosLineParser.FragmentRulesContext) {
            return new Statement.Unsupported("`fragment-rules` changes how fragments are filtered, which the packet "
                    + "model does not see");
        }
        if (s instanceof EosLineParser.InterfaceHeaderContext i) {
            return new Statement.InterfaceHeader(InterfaceNames.of(Tokens.rest(i, 1)));
        }
        if (s instanceof EosLineParser.AccessGroupContext b) {
            return new Statement.Binding(b.IP() != null ? IpFamily.V4 : IpFamily.V6, Optional.of(b.name().getText()),
                    direction(b.direction()), false);
        }
        if (s instanceof EosLineParser.NoAccessGroupContext b) {
            return new Statement.Binding(b.IP() != null ? IpFamily.V4 : IpFamily.V6,
                    Optional.ofNullable(b.name()).map(EosLineParser.NameContext::getText), direction(b.direction()), true);
        }
        if (s instanceof EosLineParser.OtherBlockContext) {
            return new Statement.OtherBlock();
        }
        if (s instanceof EosLineParser.ExitLineContext || s instanceof EosLineParser.EndLineContext) {
            return new Statement.Exit();
        }
        return new Statement.Benign();
    }

    private static AclEntry entry(EosLineParser.EntryContext e, LineParsing.Line line) {
        if (e instanceof EosLineParser.ExtendedEntryContext x) {
            return new AclEntry(action(x.action), Optional.of(x.protocol().getText()), address(x.src), ports(x.srcPorts),
                    address(x.dst), ports(x.dstPorts), Tokens.texts(x.option()), line);
        }
        EosLineParser.StandardEntryContext st = (EosLineParser.StandardEntryContext) e;
        return AclEntry.standard(action(st.action), address(st.source), Tokens.texts(st.option()), line);
    }

    private static Operand address(EosLineParser.AddressContext a) {
        if (a instanceof EosLineParser.HostAddressContext h) {
            return new Operand.Host(h.host.getText());
        }
        if (a instanceof EosLineParser.WildcardAddressContext w) {
            return new Operand.Wildcard(w.network.getText(), w.wildcard.getText());
        }
        if (a instanceof EosLineParser.PrefixAddressContext p) {
            return new Operand.Prefix(p.getText());
        }
        return new Operand.Any();
    }

    private static Optional<PortMatch> ports(EosLineParser.PortsContext p) {
        return Optional.ofNullable(p).map(x -> new PortMatch(x.op.getText(), Tokens.texts(x.port())));
    }

    private static FilterRule.Action action(org.antlr.v4.runtime.Token t) {
        return t.getType() == EosLineParser.PERMIT ? FilterRule.Action.PERMIT : FilterRule.Action.DENY;
    }

    private static Statement.Direction direction(EosLineParser.DirectionContext d) {
        return d.IN() != null ? Statement.Direction.IN : Statement.Direction.OUT;
    }
}
