package dev.zonec.model.ast;

import dev.zonec.model.source.Span;
import java.util.List;
import java.util.Optional;

/** A top-level statement of a policy file. */
public sealed interface Statement {

    Span span();

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

    /** {@code accept port-level modbus.read on sw-core "why"}: lets a device without DPI enforce by port. */
    record PortLevelAcceptance(List<ServiceTerm.Ref> functions, List<Ident> devices, Text justification, Span span)
            implements Statement {
        public PortLevelAcceptance {
            functions = List.copyOf(functions);
            devices = List.copyOf(devices);
        }
    }
}
