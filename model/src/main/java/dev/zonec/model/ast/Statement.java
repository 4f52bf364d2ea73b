package dev.zonec.model.ast;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;

/** A top-level statement of a policy file. */
public sealed interface Statement {

    Span span();

    /**
     * A statement with a syntax error (reported by the parser): its first word and the names it would have declared
     * (a zone's name and its assets', a service's, a named conduit's, the site's), so that uses of them elsewhere are
     * not reported again as unknown.
     */
    record Unparsed(String keyword, List<Ident> declares, Span span) implements Statement {
        public Unparsed {
            declares = List.copyOf(declares);
        }
    }

    /** {@code site NAME "description"} — exactly one per site. */
    record SiteDecl(Ident name, Optional<Text> description, Span span) implements Statement {}

    /** {@code service NAME term, term, ...}: one term is a service, several are a group. */
    record ServiceDecl(Ident name, List<ServiceTerm> terms, Span span) implements Statement {
        public ServiceDecl {
            terms = List.copyOf(terms);
        }
    }

    record ZoneDecl(Ident name, Optional<Text> description, List<ZoneItem> items, Span span) implements Statement {
        public ZoneDecl {
            items = List.copyOf(items);
        }
    }

    /** {@code conduit [NAME:] A, B -> C { ... }}; an unnamed conduit is named after its zones. */
    record ConduitDecl(Optional<Ident> name, List<Ident> from, List<Ident> to, Optional<Text> description,
                       List<ConduitItem> items, Span span) implements Statement {
        public ConduitDecl {
            from = List.copyOf(from);
            to = List.copyOf(to);
            items = List.copyOf(items);
        }
    }

    /** {@code require no-path A, B -> C, D}. */
    record NoPathRequirement(List<Ident> from, List<Ident> to, Span span) implements Statement {
        public NoPathRequirement {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }

    /** {@code require via ot-dmz : enterprise -> tank-farm}: every path, pivots included, passes a host in the zone. */
    record ViaRequirement(Ident through, List<Ident> from, List<Ident> to, Span span) implements Statement {
        public ViaRequirement {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }

    /** {@code require isolated safety except supervisory, site-ops}. */
    record IsolatedRequirement(Ident zone, List<Ident> except, Span span) implements Statement {
        public IsolatedRequirement {
            except = List.copyOf(except);
        }
    }

    /**
     * {@code waive ZC0604 on conduit security-logging "why" owner "who" expires 2027-06-30}: an accepted risk.
     * {@code expires} is the date as written (validated by the resolver).
     */
    record Waiver(Ident code, WaiverTarget target, Text justification, Text owner, Ident expires, Span span)
            implements Statement {}

    /** What a waiver covers. */
    sealed interface WaiverTarget {
        Span span();

        record Conduit(Ident name, Span span) implements WaiverTarget {}

        record Device(Ident name, Span span) implements WaiverTarget {}

        record Zone(Ident name, Span span) implements WaiverTarget {}

        /** {@code flow SRC -> DST}; either end may be {@code any} (empty). */
        record Flow(java.util.Optional<Ident> source, java.util.Optional<Ident> destination, Span span)
                implements WaiverTarget {}
    }

    /** {@code accept port-level modbus.read on sw-core "why"}: lets a device without DPI enforce by port. */
    record PortLevelAcceptance(List<ServiceTerm.Ref> functions, List<Ident> devices, Text justification, Span span)
            implements Statement {
        public PortLevelAcceptance {
            functions = List.copyOf(functions);
            devices = List.copyOf(devices);
        }
    }
}
