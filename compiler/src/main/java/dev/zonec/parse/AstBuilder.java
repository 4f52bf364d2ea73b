package dev.zonec.parse;

import dev.zonec.grammar.ZcParser;
import dev.zonec.model.ast.AddressLiteral;
import dev.zonec.model.ast.ConduitItem;
import dev.zonec.model.ast.EndpointRef;
import dev.zonec.model.ast.Ident;
import dev.zonec.model.ast.ServiceTerm;
import dev.zonec.model.ast.Statement;
import dev.zonec.model.ast.Text;
import dev.zonec.model.ast.ZoneItem;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds the immutable AST from a syntactically valid parse tree; every node gets its span. */
final class AstBuilder {
    private final SourceFile file;

    AstBuilder(SourceFile file) {
        this.file = file;
    }

    List<Statement> file(ZcParser.FileContext ctx) {
        return ctx.statement().stream().map(this::statement).toList();
    }

    private Statement statement(ZcParser.StatementContext ctx) {
        if (ctx.siteDecl() != null) {
            var s = ctx.siteDecl();
            return new Statement.SiteDecl(ident(s.name), text(s.description), span(s));
        }
        if (ctx.serviceDecl() != null) {
            var s = ctx.serviceDecl();
            return new Statement.ServiceDecl(ident(s.name), s.serviceTerm().stream().map(this::serviceTerm).toList(), span(s));
        }
        if (ctx.zoneDecl() != null) {
            var z = ctx.zoneDecl();
            return new Statement.ZoneDecl(ident(z.name), text(z.description), z.zoneItem().stream().map(this::zoneItem).toList(), span(z));
        }
        if (ctx.conduitDecl() != null) {
            var c = ctx.conduitDecl();
            return new Statement.ConduitDecl(Optional.ofNullable(c.name).map(this::ident), idents(c.from), idents(c.to),
                    text(c.description), c.conduitItem().stream().map(this::conduitItem).toList(), span(c));
        }
        if (ctx.requireDecl() != null) {
            return requirement(ctx.requireDecl());
        }
        if (ctx.waiverDecl() != null) {
            var w = ctx.waiverDecl();
            return new Statement.Waiver(new Ident(w.code.getText(), span(w.code)), waiverTarget(w.waiverTarget()),
                    text(w.justification).orElseThrow(), text(w.owner).orElseThrow(),
                    new Ident(w.DATE().getText(), span(w.DATE().getSymbol())), span(w));
        }
        var a = ctx.acceptDecl();
        return new Statement.PortLevelAcceptance(a.serviceRef().stream().map(this::serviceRef).toList(),
                a.ident().stream().map(this::ident).toList(), text(a.justification).orElseThrow(), span(a));
    }

    private Statement requirement(ZcParser.RequireDeclContext ctx) {
        if (ctx instanceof ZcParser.ViaRequirementContext v) {
            return new Statement.ViaRequirement(ident(v.through), idents(v.from), idents(v.to), span(v));
        }
        if (ctx instanceof ZcParser.IsolatedRequirementContext i) {
            return new Statement.IsolatedRequirement(ident(i.zone), i.allowed == null ? List.of() : idents(i.allowed), span(i));
        }
        var n = (ZcParser.NoPathRequirementContext) ctx;
        return new Statement.NoPathRequirement(idents(n.from), idents(n.to), span(n));
    }

    private Statement.WaiverTarget waiverTarget(ZcParser.WaiverTargetContext ctx) {
        if (ctx instanceof ZcParser.ConduitTargetContext c) {
            return new Statement.WaiverTarget.Conduit(ident(c.ident()), span(c));
        }
        if (ctx instanceof ZcParser.DeviceTargetContext d) {
            return new Statement.WaiverTarget.Device(ident(d.ident()), span(d));
        }
        if (ctx instanceof ZcParser.ZoneTargetContext z) {
            return new Statement.WaiverTarget.Zone(ident(z.ident()), span(z));
        }
        var f = (ZcParser.FlowTargetContext) ctx;
        return new Statement.WaiverTarget.Flow(flowEnd(f.src), flowEnd(f.dst), span(f));
    }

    private Optional<Ident> flowEnd(ZcParser.FlowEndContext ctx) {
        return ctx.ANY() != null ? Optional.empty() : Optional.of(ident(ctx.ident()));
    }

    private ServiceTerm serviceTerm(ZcParser.ServiceTermContext ctx) {
        if (ctx instanceof ZcParser.PortTermContext p) {
            return new ServiceTerm.Inline(p.protocol().getText(), number(p.first), number(p.last), number(p.code), span(p));
        }
        return serviceRef(((ZcParser.RefTermContext) ctx).serviceRef());
    }

    private ServiceTerm.Ref serviceRef(ZcParser.ServiceRefContext ctx) {
        return new ServiceTerm.Ref(ident(ctx.name), Optional.ofNullable(ctx.functionClass).map(this::ident), span(ctx));
    }

    private ZoneItem zoneItem(ZcParser.ZoneItemContext ctx) {
        if (ctx instanceof ZcParser.LevelItemContext l) {
            TerminalNode value = l.INT() != null ? l.INT() : l.DECIMAL();
            return new ZoneItem.Level(value.getText(), span(value.getSymbol()));
        }
        if (ctx instanceof ZcParser.SlItemContext s) {
            if (s.securityLevel() instanceof ZcParser.ScalarSlContext scalar) {
                return new ZoneItem.SecurityLevel(OptionalInt.of(parseInt(scalar.INT().getSymbol())), List.of(), span(s));
            }
            var vector = (ZcParser.VectorSlContext) s.securityLevel();
            List<ZoneItem.FrValue> values = new java.util.ArrayList<>();
            for (int i = 0; i < vector.ident().size(); i++) {
                Token value = vector.INT(i).getSymbol();
                Ident fr = ident(vector.ident(i));
                values.add(new ZoneItem.FrValue(fr, parseInt(value), fr.span()));
            }
            return new ZoneItem.SecurityLevel(OptionalInt.empty(), values, span(s));
        }
        if (ctx instanceof ZcParser.SafetyItemContext s) {
            return new ZoneItem.Safety(span(s));
        }
        if (ctx instanceof ZcParser.TransitItemContext t) {
            return new ZoneItem.Transit(span(t));
        }
        if (ctx instanceof ZcParser.NoTransitItemContext n) {
            return new ZoneItem.NoTransit(span(n));
        }
        if (ctx instanceof ZcParser.ExternalItemContext e) {
            return new ZoneItem.External(span(e));
        }
        if (ctx instanceof ZcParser.SubnetItemContext s) {
            return new ZoneItem.Subnet(s.address().stream().map(this::address).toList(), span(s));
        }
        var a = (ZcParser.AssetItemContext) ctx;
        Optional<ZoneItem.FamilyRange> family = Optional.ofNullable(a.familyIndex())
                .map(f -> new ZoneItem.FamilyRange(parseInt(f.first), parseInt(f.last), span(f)));
        List<Ident> attributes = a.assetAttributes() == null ? List.of()
                : a.assetAttributes().ident().stream().map(this::ident).toList();
        return new ZoneItem.Asset(ident(a.name), family, a.address().stream().map(this::address).toList(),
                text(a.description), attributes, span(a));
    }

    private AddressLiteral address(ZcParser.AddressContext ctx) {
        if (ctx instanceof ZcParser.PrefixAddressContext p) {
            return new AddressLiteral.Prefix(p.ADDR().getText(), parseInt(p.INT().getSymbol()), span(p));
        }
        if (ctx instanceof ZcParser.RangeAddressContext r) {
            return new AddressLiteral.Range(r.from.getText(), r.to.getText(), span(r));
        }
        return new AddressLiteral.Single(ctx.getText(), span(ctx));
    }

    private ConduitItem conduitItem(ZcParser.ConduitItemContext ctx) {
        if (ctx instanceof ZcParser.ConduitSlContext s) {
            return new ConduitItem.SecurityLevel(parseInt(s.INT().getSymbol()), span(s));
        }
        var a = (ZcParser.AllowRuleContext) ctx;
        List<ServiceTerm> services = a.serviceList() instanceof ZcParser.AnyServiceContext any
                ? List.of(new ServiceTerm.Any(span(any)))
                : ((ZcParser.SomeServicesContext) a.serviceList()).serviceTerm().stream().map(this::serviceTerm).toList();
        return new ConduitItem.Allow(endpoints(a.src), endpoints(a.dst), services, a.LOG() != null,
                Optional.ofNullable(a.name).map(this::ident), span(a));
    }

    private List<EndpointRef> endpoints(ZcParser.EndpointListContext ctx) {
        List<EndpointRef> refs = new ArrayList<>();
        for (ZcParser.EndpointContext e : ctx.endpoint()) {
            if (e instanceof ZcParser.DeviceEndpointContext device) {
                // `device a, b`: each name a device
                device.ident().forEach(i -> refs.add(new EndpointRef.Device(ident(i), ident(i).span())));
            } else {
                refs.add(endpoint(e));
            }
        }
        return refs;
    }

    private EndpointRef endpoint(ZcParser.EndpointContext ctx) {
        if (ctx instanceof ZcParser.AnyEndpointContext any) {
            return new EndpointRef.Any(span(any));
        }
        var n = (ZcParser.NamedEndpointContext) ctx;
        EndpointRef.Selector selector;
        if (n.selector() == null) {
            selector = new EndpointRef.Selector.None();
        } else if (n.selector() instanceof ZcParser.AllMembersContext) {
            selector = new EndpointRef.Selector.All();
        } else if (n.selector() instanceof ZcParser.OneMemberContext one) {
            selector = new EndpointRef.Selector.One(parseInt(one.INT().getSymbol()));
        } else {
            var r = (ZcParser.MemberRangeContext) n.selector();
            selector = new EndpointRef.Selector.Range(parseInt(r.first), parseInt(r.last));
        }
        return new EndpointRef.Named(ident(n.ident()), selector, span(n));
    }

    private List<Ident> idents(ZcParser.ZoneListContext ctx) {
        return ctx.ident().stream().map(this::ident).toList();
    }

    private Ident ident(ZcParser.IdentContext ctx) {
        return new Ident(ctx.getText(), span(ctx.getStart()));
    }

    private Optional<Text> text(Token token) {
        if (token == null) {
            return Optional.empty();
        }
        String raw = token.getText();
        return Optional.of(new Text(unescape(raw.substring(1, raw.length() - 1)), span(token)));
    }

    /** The lexer only admits \" and \\ as escapes. */
    private static String unescape(String body) {
        StringBuilder b = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                b.append(body.charAt(++i));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Numbers are digits only (the lexer guarantees it) but may be too long for an int; such values are
     * clamped so that the resolver's range checks report them.
     */
    private static int parseInt(Token token) {
        String digits = token.getText();
        if (digits.length() > 9) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(digits);
    }

    private static OptionalInt number(Token token) {
        return token == null ? OptionalInt.empty() : OptionalInt.of(parseInt(token));
    }

    private Span span(Token token) {
        return file.spanAtColumn(token.getLine(), token.getCharPositionInLine() + 1, token.getText().length());
    }

    /** From the rule's first token to its last if on the same line, else to the end of the first line. */
    private Span span(ParserRuleContext ctx) {
        Token start = ctx.getStart();
        Token stop = ctx.getStop() == null ? start : ctx.getStop();
        int column = start.getCharPositionInLine() + 1;
        int length;
        if (stop.getLine() == start.getLine()) {
            length = stop.getCharPositionInLine() + stop.getText().length() - start.getCharPositionInLine();
        } else {
            length = file.line(start.getLine()).length() - start.getCharPositionInLine();
        }
        return new Span(file, start.getLine(), column, length);
    }
}
