package dev.zonec.platform.cisco.readback.nxos;

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
import java.util.Optional;

/**
 * Reads a Cisco NX-OS config back: IPv4 and IPv6 router ACLs (sequenced entries, prefix, host and wildcard
 * addresses, {@code addrgroup} object groups), {@code object-group ip address} / {@code ipv6 address} groups, and the
 * {@code ip access-group} / {@code ipv6 traffic-filter} bindings of interfaces. An ACL ends in the implicit
 * {@code deny}; no implicit neighbour-discovery permits are assumed (the Nexus 9000 guide has them written out).
 * {@code fragments permit-all|deny-all} changes how non-initial fragments are handled, which the packet model
 * does not see: it makes the device unprovable.
 */
public final class CiscoNxosReadBack implements ReadBack {
    static final Dialect DIALECT = new Dialect("NX-OS", CiscoNames.IOS_IPV4_PROTOCOLS, CiscoNames.IOS_IPV6_PROTOCOLS,
            CiscoNames.ICMP_NAMES, CiscoNames.ICMPV6_NAMES, List.of());


    @Override
    public PacketFilter read(String device, List<SourceFile> files, Diagnostics diagnostics) {
        return new CiscoAclReader(device, DIALECT, diagnostics).read(files, line -> LineParsing.parse(line,
                NxosLineLexer::new, NxosLineParser::new, NxosLineParser::line, diagnostics).map(l -> statement(l, line)));
    }

    private static Statement statement(NxosLineParser.LineContext parsed, LineParsing.Line line) {
        NxosLineParser.StatementContext s = parsed.statement();
        if (s == null) {
            return new Statement.Benign();
        }
        if (s instanceof NxosLineParser.IpAclHeaderContext h) {
            return new Statement.AclHeader(IpFamily.V4, h.name().getText(), false);
        }
        if (s instanceof NxosLineParser.IpAclDeleteContext d) {
            return new Statement.AclDelete(IpFamily.V4, d.name().getText());
        }
        if (s instanceof NxosLineParser.Ipv6AclHeaderContext h) {
            return new Statement.AclHeader(IpFamily.V6, h.name().getText(), false);
        }
        if (s instanceof NxosLineParser.Ipv6AclDeleteContext d) {
            return new Statement.AclDelete(IpFamily.V6, d.name().getText());
        }
        if (s instanceof NxosLineParser.GroupHeaderContext g) {
            return new Statement.GroupHeader(family(g.family), g.name().getText());
        }
        if (s instanceof NxosLineParser.GroupDeleteContext g) {
            return new Statement.GroupDelete(family(g.family), g.name().getText());
        }
        if (s instanceof NxosLineParser.AclEntryContext e) {
            return Tokens.withSequence(e.seq, n -> new Statement.Entry(n, entry(e.entry(), line)));
        }
        if (s instanceof NxosLineParser.AclRemarkContext r) {
            return Tokens.withSequence(r.seq, Statement.Remark::new);
        }
        if (s instanceof NxosLineParser.EntryDeleteContext d) {
            return Tokens.withSequence(d.seq, n -> new Statement.EntryDelete(n.getAsLong()));
        }
        if (s instanceof NxosLineParser.GroupMemberContext m) {
            // the entry's own sequence number only orders the group's listing: a group is a union
            return new Statement.Member(member(m.member()));
        }
        if (s instanceof NxosLineParser.FragmentsLineContext) {
            return new Statement.Unsupported("`fragments` changes how non-initial fragments are filtered, which the "
                    + "packet model does not see");
        }
        if (s instanceof NxosLineParser.InterfaceHeaderContext i) {
            return new Statement.InterfaceHeader(InterfaceNames.of(Tokens.rest(i, 1)));
        }
        if (s instanceof NxosLineParser.IpAccessGroupContext b) {
            return binding(IpFamily.V4, b.name(), b.direction(), false);
        }
        if (s instanceof NxosLineParser.NoIpAccessGroupContext b) {
            return binding(IpFamily.V4, b.name(), b.direction(), true);
        }
        if (s instanceof NxosLineParser.Ipv6TrafficFilterContext b) {
            return binding(IpFamily.V6, b.name(), b.direction(), false);
        }
        if (s instanceof NxosLineParser.NoIpv6TrafficFilterContext b) {
            return binding(IpFamily.V6, b.name(), b.direction(), true);
        }
        if (s instanceof NxosLineParser.OtherBlockContext) {
            return new Statement.OtherBlock();
        }
        if (s instanceof NxosLineParser.ExitLineContext || s instanceof NxosLineParser.EndLineContext) {
            return new Statement.Exit();
        }
        return new Statement.Benign();
    }

    private static AclEntry entry(NxosLineParser.EntryContext e, LineParsing.Line line) {
        FilterRule.Action action = e.action.getType() == NxosLineParser.PERMIT ? FilterRule.Action.PERMIT
                : FilterRule.Action.DENY;
        return new AclEntry(action, Optional.of(e.protocol().getText()), address(e.src), ports(e.srcPorts),
                address(e.dst), ports(e.dstPorts), Tokens.texts(e.option()), line);
    }

    private static Operand address(NxosLineParser.AddressContext a) {
        if (a instanceof NxosLineParser.HostAddressContext h) {
            return new Operand.Host(h.host.getText());
        }
        if (a instanceof NxosLineParser.WildcardAddressContext w) {
            return new Operand.Wildcard(w.network.getText(), w.wildcard.getText());
        }
        if (a instanceof NxosLineParser.PrefixAddressContext p) {
            return new Operand.Prefix(p.getText());
        }
        if (a instanceof NxosLineParser.GroupAddressContext g) {
            return new Operand.Group(g.name().getText());
        }
        return new Operand.Any();
    }

    private static Operand member(NxosLineParser.MemberContext m) {
        if (m instanceof NxosLineParser.MemberHostContext h) {
            return new Operand.Host(h.host.getText());
        }
        if (m instanceof NxosLineParser.MemberWildcardContext w) {
            return new Operand.Wildcard(w.network.getText(), w.wildcard.getText());
        }
        return new Operand.Prefix(m.getText());
    }

    private static Optional<PortMatch> ports(NxosLineParser.PortsContext p) {
        return Optional.ofNullable(p).map(x -> new PortMatch(x.op.getText(), Tokens.texts(x.port())));
    }

    private static Statement binding(IpFamily family, NxosLineParser.NameContext name, NxosLineParser.DirectionContext d,
                                     boolean remove) {
        return new Statement.Binding(family, Optional.of(name.getText()),
                d.IN() != null ? Statement.Direction.IN : Statement.Direction.OUT, remove);
    }

    private static IpFamily family(org.antlr.v4.runtime.Token t) {
        return t.getType() == NxosLineParser.IP ? IpFamily.V4 : IpFamily.V6;
    }
}
