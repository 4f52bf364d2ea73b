package dev.zonec.platform.cisco.readback.ios;

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
import dev.zonec.platform.cisco.readback.IcmpType;
import dev.zonec.platform.cisco.readback.InterfaceNames;
import dev.zonec.platform.cisco.readback.Operand;
import dev.zonec.platform.cisco.readback.PortMatch;
import dev.zonec.platform.cisco.readback.Statement;
import dev.zonec.platform.cisco.readback.Tokens;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Reads a Cisco IOS / IOS-XE config back: named and numbered IPv4 ACLs (extended and standard), IPv6 ACLs,
 * network object groups (hosts, netmasks, ranges, nested groups) and the {@code ip access-group} /
 * {@code ipv6 traffic-filter} bindings of interfaces. Every IPv6 ACL ends in IOS's implicit
 * {@code permit icmp any any nd-na}, {@code permit icmp any any nd-ns} and {@code deny ipv6 any any}.
 */
public final class CiscoIosReadBack implements ReadBack {
    static final Dialect DIALECT = new Dialect("IOS", CiscoNames.IOS_IPV4_PROTOCOLS, CiscoNames.IOS_IPV6_PROTOCOLS,
            CiscoNames.ICMP_NAMES, CiscoNames.ICMPV6_NAMES, List.of(IcmpType.of(136), IcmpType.of(135)));


    @Override
    public PacketFilter read(String device, List<SourceFile> files, Diagnostics diagnostics) {
        return new CiscoAclReader(device, DIALECT, diagnostics).read(files, line -> LineParsing.parse(line,
                IosLineLexer::new, IosLineParser::new, IosLineParser::line, diagnostics).map(l -> statement(l, line)));
    }

    private static Statement statement(IosLineParser.LineContext parsed, LineParsing.Line line) {
        IosLineParser.StatementContext s = parsed.statement();
        if (s == null) {
            return new Statement.Benign();
        }
        if (s instanceof IosLineParser.IpAclHeaderContext h) {
            return new Statement.AclHeader(IpFamily.V4, h.name().getText(), h.kind.getType() == IosLineParser.STANDARD);
        }
        if (s instanceof IosLineParser.IpAclDeleteContext d) {
            return new Statement.AclDelete(IpFamily.V4, d.name().getText());
        }
        if (s instanceof IosLineParser.Ipv6AclHeaderContext h) {
            return new Statement.AclHeader(IpFamily.V6, h.name().getText(), false);
        }
        if (s instanceof IosLineParser.Ipv6AclDeleteContext d) {
            return new Statement.AclDelete(IpFamily.V6, d.name().getText());
        }
        if (s instanceof IosLineParser.NumberedEntryContext n) {
            return numbered(n.number, Optional.of(entry(n.entry(), line)));
        }
        if (s instanceof IosLineParser.NumberedRemarkContext n) {
            return numbered(n.number, Optional.empty());
        }
        if (s instanceof IosLineParser.NumberedDeleteContext d) {
            return new Statement.NumberedDelete(d.number.getText());
        }
        if (s instanceof IosLineParser.GroupHeaderContext g) {
            return new Statement.GroupHeader(IpFamily.V4, g.name().getText());
        }
        if (s instanceof IosLineParser.GroupDeleteContext g) {
            return new Statement.GroupDelete(IpFamily.V4, g.name().getText());
        }
        if (s instanceof IosLineParser.AclEntryContext e) {
            Token seq = e.seq != null ? e.seq : seqAfter(e.entry());
            if (e.seq != null && seqAfter(e.entry()) != null) {
                return new Statement.Unsupported("the entry has two sequence numbers");
            }
            return Tokens.withSequence(seq, n -> new Statement.Entry(n, entry(e.entry(), line)));
        }
        if (s instanceof IosLineParser.AclRemarkContext r) {
            return Tokens.withSequence(r.seq, Statement.Remark::new);
        }
        if (s instanceof IosLineParser.AclEntryDeleteContext d) {
            return Tokens.withSequence(d.seq, n -> new Statement.EntryDelete(n.getAsLong()));
        }
        if (s instanceof IosLineParser.GroupHostContext g) {
            return new Statement.Member(new Operand.Host(g.IPV4().getText()));
        }
        if (s instanceof IosLineParser.GroupNetmaskContext g) {
            return new Statement.Member(new Operand.Netmask(g.network.getText(), g.mask.getText()));
        }
        if (s instanceof IosLineParser.GroupSlashContext g) {
            return new Statement.Member(new Operand.Prefix(g.network.getText() + g.length.getText()));
        }
        if (s instanceof IosLineParser.GroupPrefixContext g) {
            return new Statement.Member(new Operand.Prefix(g.IPV4_PREFIX().getText()));
        }
        if (s instanceof IosLineParser.GroupRangeContext g) {
            return new Statement.Member(new Operand.Range(g.first.getText(), g.last.getText()));
        }
        if (s instanceof IosLineParser.GroupAnyContext) {
            return new Statement.Member(new Operand.Any());
        }
        if (s instanceof IosLineParser.GroupNestedContext g) {
            return new Statement.Member(new Operand.Group(g.name().getText()));
        }
        if (s instanceof IosLineParser.InterfaceHeaderContext i) {
            return new Statement.InterfaceHeader(InterfaceNames.of(Tokens.rest(i, 1)));
        }
        if (s instanceof IosLineParser.IpAccessGroupContext b) {
            return new Statement.Binding(IpFamily.V4, Optional.of(b.name().getText()), direction(b.direction()), false);
        }
        if (s instanceof IosLineParser.NoIpAccessGroupContext b) {
            return new Statement.Binding(IpFamily.V4, Optional.ofNullable(b.name()).map(ParserRuleContext::getText),
                    direction(b.direction()), true);
        }
        if (s instanceof IosLineParser.Ipv6TrafficFilterContext b) {
            return new Statement.Binding(IpFamily.V6, Optional.of(b.name().getText()), direction(b.direction()), false);
        }
        if (s instanceof IosLineParser.NoIpv6TrafficFilterContext b) {
            return new Statement.Binding(IpFamily.V6, Optional.ofNullable(b.name()).map(ParserRuleContext::getText),
                    direction(b.direction()), true);
        }
        if (s instanceof IosLineParser.OtherBlockContext) {
            return new Statement.OtherBlock();
        }
        if (s instanceof IosLineParser.ExitLineContext || s instanceof IosLineParser.EndLineContext) {
            return new Statement.Exit();
        }
        return new Statement.Benign();
    }

    /** IOS numbers: 1-99 and 1300-1999 are standard IP ACLs, 100-199 and 2000-2699 extended ones. */
    private static Statement numbered(Token number, Optional<AclEntry> entry) {
        String text = number.getText();
        int n = text.length() > 5 ? -1 : Integer.parseInt(text);
        boolean standard = (n >= 1 && n <= 99) || (n >= 1300 && n <= 1999);
        boolean extended = (n >= 100 && n <= 199) || (n >= 2000 && n <= 2699);
        if (!standard && !extended) {
            return new Statement.Unsupported("access-list " + text + " is not a numbered IP access list");
        }
        return new Statement.NumberedLine(text, standard, entry);
    }

    private static AclEntry entry(IosLineParser.EntryContext e, LineParsing.Line line) {
        if (e instanceof IosLineParser.ExtendedEntryContext x) {
            return new AclEntry(action(x.action), Optional.of(x.protocol().getText()), address(x.src), ports(x.srcPorts),
                    address(x.dst), ports(x.dstPorts), Tokens.texts(x.option()), line);
        }
        IosLineParser.StandardEntryContext st = (IosLineParser.StandardEntryContext) e;
        return AclEntry.standard(action(st.action), standardSource(st.standardSource()),
                Tokens.texts(st.option()), line);
    }

    private static Token seqAfter(IosLineParser.EntryContext e) {
        return e instanceof IosLineParser.ExtendedEntryContext x ? x.seqAfter : null;
    }

    private static Operand address(IosLineParser.AddressContext a) {
        if (a instanceof IosLineParser.HostAddressContext h) {
            return new Operand.Host(h.host.getText());
        }
        if (a instanceof IosLineParser.WildcardAddressContext w) {
            return new Operand.Wildcard(w.network.getText(), w.wildcard.getText());
        }
        if (a instanceof IosLineParser.PrefixAddressContext p) {
            return new Operand.Prefix(p.getText());
        }
        if (a instanceof IosLineParser.GroupAddressContext g) {
            return new Operand.Group(g.name().getText());
        }
        return new Operand.Any();
    }

    private static Operand standardSource(IosLineParser.StandardSourceContext s) {
        if (s instanceof IosLineParser.StandardHostContext h) {
            return new Operand.Host(h.IPV4().getText());
        }
        if (s instanceof IosLineParser.StandardWildcardContext w) {
            return w.wildcard == null ? new Operand.Host(w.network.getText())
                    : new Operand.Wildcard(w.network.getText(), w.wildcard.getText());
        }
        return new Operand.Any();
    }

    private static Optional<PortMatch> ports(IosLineParser.PortsContext p) {
        return Optional.ofNullable(p).map(x -> new PortMatch(x.op.getText(),
                Tokens.texts(x.port())));
    }

    private static FilterRule.Action action(Token t) {
        return t.getType() == IosLineParser.PERMIT ? FilterRule.Action.PERMIT : FilterRule.Action.DENY;
    }

    private static Statement.Direction direction(IosLineParser.DirectionContext d) {
        return d.IN() != null ? Statement.Direction.IN : Statement.Direction.OUT;
    }

}
