package dev.zonec.render.ingress;

import dev.zonec.model.ir.IrRule;
import dev.zonec.model.site.Endpoint;
import dev.zonec.model.site.Match;

/** One line of an ingress ACL before platform syntax: a remark or a permit of one source, destination and match. */
public sealed interface AclLine {

    record Remark(IrRule rule) implements AclLine {}

    record Permit(IrRule rule, Endpoint source, Endpoint destination, Match match) implements AclLine {
        public boolean log() {
            return rule.log();
        }
    }
}
