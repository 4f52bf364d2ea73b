package dev.zonec.model.ast;

import dev.zonec.model.source.SourceFile;
import java.util.List;

/** One parsed {@code *.zc} file. */
public record PolicyFile(SourceFile source, List<Statement> statements) {
    public PolicyFile {
        statements = List.copyOf(statements);
    }
}
