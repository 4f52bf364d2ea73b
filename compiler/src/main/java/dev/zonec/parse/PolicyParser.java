package dev.zonec.parse;

import dev.zonec.grammar.ZcLexer;
import dev.zonec.grammar.ZcParser;
import dev.zonec.model.ast.PolicyFile;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.source.SourceFile;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/** Parse stage entry point: policy source files in, AST out, syntax errors as ZC0001 diagnostics. */
public final class PolicyParser {

    private PolicyParser() {}

    public static List<PolicyFile> parse(List<SourceFile> files, Diagnostics diagnostics) {
        return files.stream().map(f -> parse(f, diagnostics)).toList();
    }

    public static PolicyFile parse(SourceFile file, Diagnostics diagnostics) {
        ZcLexer lexer = new ZcLexer(CharStreams.fromString(file.text(), file.displayPath()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        ZcParser parser = new ZcParser(tokens);
        parser.removeErrorListeners();
        // two-stage parsing: the fast SLL prediction almost always suffices; only on a failure is the file
        // parsed again with full LL, which also gives the exact error
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        ZcParser.FileContext tree;
        try {
            tree = parser.file();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            tree = null;
        }
        SyntaxErrorListener errors = new SyntaxErrorListener(file, parser.getVocabulary());
        parser.addErrorListener(errors);
        if (tree == null) {
            tree = parser.file();
        }
        errors.first().ifPresent(diagnostics::report);
        if (errors.first().isPresent()) {
            return new PolicyFile(file, List.of());
        }
        return new PolicyFile(file, new AstBuilder(file).file(tree));
    }
}
