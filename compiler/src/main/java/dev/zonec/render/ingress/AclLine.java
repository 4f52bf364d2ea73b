package dev.zonec.render.ingress;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Match;
import java.util.List;

/**
 * One line of an ingress ACL before platform syntax: a remark or a permit of one source, destination and match.
 * {@code rule} is the IR rule the line is written for; {@code rules} is it and the rules placed for other egress
 * zones that the same line enforces (an ingress ACL cannot tell egresses apart), for the source map.
 */
public sealed interface AclLine {

    IrRule rule();

    List<IrRule> rules();

    record Remark(IrRule rule, List<IrRule> rules) implements AclLine {
        public Remark {
            rules = List.copyOf(rules);
        }
    }

    record Permit(IrRule rule, List<IrRule> rules, Endpoint source, Endpoint destination, Match match)
            implements AclLine {
        public Permit {
            rules = List.copyOf(rules);
        }

        public boolean log() {
            return rule.log();
        }
    }
}
