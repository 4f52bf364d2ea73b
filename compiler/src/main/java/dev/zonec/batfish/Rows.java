package dev.zonec.batfish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the answers zonec reads, as records: each reader first checks the table has the columns it needs
 * (a service answering in another shape is an unexpected answer, not an empty one).
 */
final class Rows {

    private Rows() {}

    /** fileParseStatus: a file, how it parsed ({@code PASSED}, {@code PARTIALLY_UNRECOGNIZED}, ...), as what. */
    record FileStatus(String file, String status, String format) {}

    /** parseWarning: a line Batfish did not recognise or could not use, with its comment. */
    record ParseWarning(String file, int line, String text, String comment, String context) {}

    /** initIssues: one issue, with the files and lines it concerns (possibly none) and the nodes. */
    record InitIssue(List<String> nodes, List<FileLine> lines, String type, String details, String lineText) {}

    /** One file and line an init issue names. */
    record FileLine(String file, int line) {}

    /** testFilters: what a filter on a node does with the flow, and the line that decided it. */
    record FilterResult(String node, String filter, String action, String lineContent) {}

    /** filterLineReachability: an unreachable line, the filters holding it, why, and what blocks it. */
    record UnreachableLine(List<String> sources, String line, String action, List<String> blocking, String reason) {}

    static List<FileStatus> fileStatus(AnswerTable t) throws BatfishException {
        t.requireColumns("File_Name", "Status", "File_Format");
        List<FileStatus> result = new ArrayList<>();
        for (ObjectNode r : t.rows()) {
            result.add(new FileStatus(text(r, "File_Name"), text(r, "Status"), text(r, "File_Format")));
        }
        return result;
    }

    static List<ParseWarning> parseWarnings(AnswerTable t) throws BatfishException {
        t.requireColumns("Filename", "Line", "Text", "Comment");
        List<ParseWarning> result = new ArrayList<>();
        for (ObjectNode r : t.rows()) {
            result.add(new ParseWarning(text(r, "Filename"), r.path("Line").asInt(0), text(r, "Text"),
                    text(r, "Comment"), text(r, "Parser_Context")));
        }
        return result;
    }

    static List<InitIssue> initIssues(AnswerTable t) throws BatfishException {
        t.requireColumns("Nodes", "Source_Lines", "Type", "Details");
        List<InitIssue> result = new ArrayList<>();
        for (ObjectNode r : t.rows()) {
            List<FileLine> lines = new ArrayList<>();
            for (JsonNode fl : r.path("Source_Lines")) {
                String file = fl.path("filename").asText("");
                if (fl.path("lines").isEmpty()) {
                    lines.add(new FileLine(file, 0));
                }
                for (JsonNode n : fl.path("lines")) {
                    lines.add(new FileLine(file, n.asInt(0)));
                }
            }
            result.add(new InitIssue(strings(r.path("Nodes")), lines, text(r, "Type"), text(r, "Details"),
                    text(r, "Line_Text")));
        }
        return result;
    }

    static List<FilterResult> filterResults(AnswerTable t) throws BatfishException {
        t.requireColumns("Node", "Filter_Name", "Action", "Line_Content");
        List<FilterResult> result = new ArrayList<>();
        for (ObjectNode r : t.rows()) {
            JsonNode node = r.path("Node");
            result.add(new FilterResult(node.isObject() ? node.path("name").asText("") : node.asText(""),
                    text(r, "Filter_Name"), text(r, "Action"), text(r, "Line_Content")));
        }
        return result;
    }

    static List<UnreachableLine> unreachableLines(AnswerTable t) throws BatfishException {
        t.requireColumns("Sources", "Unreachable_Line", "Reason");
        List<UnreachableLine> result = new ArrayList<>();
        for (ObjectNode r : t.rows()) {
            result.add(new UnreachableLine(strings(r.path("Sources")), text(r, "Unreachable_Line"),
                    text(r, "Unreachable_Line_Action"), strings(r.path("Blocking_Lines")), text(r, "Reason")));
        }
        return result;
    }

    private static String text(ObjectNode row, String column) {
        JsonNode v = row.path(column);
        return v.isNull() || v.isMissingNode() ? "" : v.isValueNode() ? v.asText() : v.toString();
    }

    private static List<String> strings(JsonNode list) {
        List<String> result = new ArrayList<>();
        for (JsonNode n : list) {
            result.add(n.isValueNode() ? n.asText() : n.path("name").asText(n.toString()));
        }
        return result;
    }
}
