package dev.zonec.render;

import dev.zonec.model.ir.IrRule;
import java.util.List;

/**
 * A view record that knows the IR rules it stands for, for the source map: {@code <@rule of=x>} marks the lines it
 * writes as enforcing {@code x.rules()}, or, when {@link #part()} names one, as that scaffolding used by them.
 */
public interface Origin {
    List<IrRule> rules();

    /** The scaffolding the record's lines are ("default deny", "neighbour discovery"); empty for a rule's lines. */
    default String part() {
        return "";
    }
}
