package dev.zonec.parse;

import dev.zonec.grammar.ZcLexer;
import dev.zonec.grammar.ZcParser;
import dev.zonec.model.ast.Ident;
import dev.zonec.model.ast.PolicyFile;
import dev.zonec.model.ast.Statement;
import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.source.SourceFile;
import dev.zonec.model.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parse stage entry point: policy source files in, AST out, syntax errors as ZC0001 diagnostics.
 *
 * <p>A file without errors is parsed once with ANTLR's fast SLL prediction. A file with errors is parsed again
 * statement by statement (statement-level resync): a statement starts at a statement keyword (`site`, `service`,
 * `zone`, `conduit`, `require`, `accept`, `waive`) that begins its line, so one broken statement costs only itself,
 * every other statement of the file is kept, and each broken statement reports its first syntax error (a second
 * error inside one statement is usually an echo of the first). A broken statement stays in the AST as
 * {@link Statement.Unparsed} with the names it declares, so the resolver knows them and does not report every use
 * of them as unknown.
 */
public final class PolicyParser {

    private PolicyParser() {}

    private static final Set<Integer> STATEMENT_START = Set.of(ZcParser.SITE, ZcParser.SERVICE, ZcParser.ZONE,
            ZcParser.CONDUIT, ZcParser.REQUIRE, ZcParser.ACCEPT, ZcParser.WAIVE);

    public static List<PolicyFile> parse(List<SourceFile> files, Diagnostics diagnostics) {
        return files.stream().map(f -> parse(f, diagnostics)).toList();
    }

    public static PolicyFile parse(SourceFile file, Diagnostics diagnostics) {
        ZcLexer lexer = new ZcLexer(CharStreams.fromString(file.text(), file.displayPath()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        ZcParser parser = new ZcParser(tokens);
        parser.removeErrorListeners();
        // the fast SLL prediction almost always suffices; a file that fails it is parsed again statement by statement
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return new PolicyFile(file, new AstBuilder(file).file(parser.file()));
        } catch (ParseCancellationException e) {
            tokens.fill();
            return new PolicyFile(file, byStatement(file, tokens.getTokens(), diagnostics));
        }
    }

    /** Parses each statement on its own (full LL, ANTLR's error reporting); a broken one becomes Unparsed. */
    private static List<Statement> byStatement(SourceFile file, List<Token> all, Diagnostics diagnostics) {
        List<List<Token>> chunks = new ArrayList<>();
        int previousLine = 0;
        for (Token t : all) {
            if (t.getType() == Token.EOF) {
                break;
            }
            boolean startsLine = t.getLine() > previousLine;
            if (chunks.isEmpty() || (startsLine && STATEMENT_START.contains(t.getType()))) {
                chunks.add(new ArrayList<>());
            }
            chunks.get(chunks.size() - 1).add(t);
            previousLine = t.getLine();
        }
        List<Statement> statements = new ArrayList<>();
        AstBuilder builder = new AstBuilder(file);
        for (int i = 0; i < chunks.size(); i++) {
            List<Token> chunk = new ArrayList<>(chunks.get(i));
            chunk.add(end(chunk, i + 1 < chunks.size() ? chunks.get(i + 1).get(0) : all.get(all.size() - 1)));
            ZcParser parser = new ZcParser(new CommonTokenStream(new ListTokenSource(chunk)));
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            SyntaxErrorListener errors = new SyntaxErrorListener(file, parser.getVocabulary());
            parser.addErrorListener(errors);
            ZcParser.FileContext tree = parser.file();
            if (errors.first().isPresent()) {
                diagnostics.report(errors.first().get());
                statements.add(unparsed(file, chunk));
            } else {
                statements.addAll(builder.file(tree));
            }
        }
        return statements;
    }

    /**
     * The end of a statement's tokens: where the next statement starts (so "unexpected `zone`" points at it), or the
     * end of the file.
     */
    private static Token end(List<Token> chunk, Token next) {
        CommonToken end = new CommonToken(Token.EOF, next.getType() == Token.EOF ? "<EOF>" : next.getText());
        end.setLine(next.getLine());
        end.setCharPositionInLine(next.getCharPositionInLine());
        end.setStartIndex(next.getStartIndex());
        end.setStopIndex(next.getStopIndex());
        end.setTokenIndex(chunk.size());
        return end;
    }

    /** What a broken statement would have declared: a zone and its assets, a service, or a named conduit. */
    private static Statement unparsed(SourceFile file, List<Token> chunk) {
        Token first = chunk.get(0);
        String keyword = STATEMENT_START.contains(first.getType()) ? first.getText() : "";
        List<Ident> names = new ArrayList<>();
        if (chunk.size() > 1 && isName(chunk.get(1))) {
            boolean named = switch (first.getType()) {
                case ZcParser.ZONE, ZcParser.SERVICE, ZcParser.SITE -> true;
                // `conduit NAME: ...`, or its name with the colon forgotten: knowing one name too many only spares
                // a waiver that names it a second error
                case ZcParser.CONDUIT -> true;
                default -> false;
            };
            if (named) {
                names.add(ident(file, chunk.get(1)));
            }
        }
        if (first.getType() == ZcParser.ZONE) {
            for (int i = 2; i + 1 < chunk.size(); i++) {
                if (chunk.get(i).getType() == ZcParser.ASSET && isName(chunk.get(i + 1))) {
                    names.add(ident(file, chunk.get(i + 1)));
                }
            }
        }
        return new Statement.Unparsed(keyword, names, span(file, first));
    }

    /** Names may be keywords (`zone safety`): every word token is a name. */
    private static boolean isName(Token t) {
        return t.getType() == ZcParser.NAME || (t.getText().matches("[a-z][a-z0-9-]*") && t.getType() != ZcParser.INT);
    }

    private static Ident ident(SourceFile file, Token t) {
        return new Ident(t.getText(), span(file, t));
    }

    private static Span span(SourceFile file, Token t) {
        return file.spanAtColumn(t.getLine(), t.getCharPositionInLine() + 1, t.getText().length());
    }
}
