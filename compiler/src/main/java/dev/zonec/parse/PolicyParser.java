package dev.zonec.parse;

import dev.zonec.grammar.ZcLexer;
import dev.zonec.grammar.ZcParser;
import dev.zonec.model.ast.PolicyFile;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.source.SourceFile;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/** Parse stage entry point: policy source files in, AST out, syntax errors as ZC0001 diagnostics. */
public final class PolicyParser {

    private PolicyParser() {}

    public static List<PolicyFile> parse(List<SourceFile> files, Diagnostics diagnostics) {
        return files.stream().map(f -> parse(f, diagnostics)).toList();
    }

    public static PolicyFile parse(SourceFile file, Diagnostics diagnostics) {
        ZcLexer lexer = new ZcLexer(CharStreams.fromString(file.text(), file.displayPath()));
        lexer.removeErrorListeners();
        ZcParser parser = new ZcParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        SyntaxErrorListener errors = new SyntaxErrorListener(file, parser.getVocabulary());
        parser.addErrorListener(errors);
        ZcParser.FileContext tree = parser.file();
        errors.first().ifPresent(diagnostics::report);
        if (errors.first().isPresent()) {
            return new PolicyFile(file, List.of());
        }
        return new PolicyFile(file, new AstBuilder(file).file(tree));
    }
}
