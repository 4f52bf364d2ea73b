package dev.zonec.render;

import dev.zonec.model.ir.IrRule;
import java.util.List;

/**
 * What one line of a generated file is for: it enforces IR rules ({@link Kind#RULE}), or it is scaffolding a
 * template named ({@link Kind#PART}: a header, a removal, an object definition with the rules that use it, an
 * interface binding, the default deny), or no template said ({@link Kind#UNMARKED}: a site template's own lines).
 *
 * @param part  the scaffolding's name ("header", "object", "default deny", ...); empty for a rule line
 * @param rules the rules the line enforces, or for scaffolding the rules that use it (may be empty)
 */
public record LineOrigin(Kind kind, String part, List<IrRule> rules) {

    public enum Kind { RULE, PART, UNMARKED }

    public static final LineOrigin UNMARKED = new LineOrigin(Kind.UNMARKED, "", List.of());

    public LineOrigin {
        rules = List.copyOf(rules);
    }

    public static LineOrigin rules(List<IrRule> rules) {
        return new LineOrigin(Kind.RULE, "", rules);
    }

    public static LineOrigin part(String part, List<IrRule> usedBy) {
        return new LineOrigin(Kind.PART, part, usedBy);
    }
}
