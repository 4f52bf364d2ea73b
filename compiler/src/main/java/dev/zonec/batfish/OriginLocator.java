package dev.zonec.batfish;

import dev.zonec.model.ir.Ir;
import dev.zonec.model.ir.IrRule;
import dev.zonec.model.source.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of a generated file Batfish quotes (a filter line's text, or the name of a policy, rule or term) and
 * the policy line it came from. Generated files name a rule's origin as {@code (conduits.zc:12)} in a remark, comment
 * or description: on the line itself, earlier in the same ACL (remarks precede their lines), in the same FortiOS
 * {@code edit} block, or on the description line of the same SRX policy or PAN-OS rule. Junos filter terms carry no
 * free text; their names end in the flow's number ({@code <conduit>-<flow>-<n>}), which leads to the flow's rule.
 */
final class OriginLocator {
    private static final Pattern ORIGIN = Pattern.compile("\\(([^()\\s]+\\.zc):([0-9]+)\\)");
    private static final Pattern FLOW_NUMBER = Pattern.compile("-([0-9]+)-r?[0-9]+$");
    private static final Pattern SET_RULE = Pattern.compile(
            "^(set security policies from-zone \\S+ to-zone \\S+ policy \\S+|set rulebase security rules \\S+) .*");
    /** What zonec's rule, policy and term names look like: letters with a digit, dash, dot or underscore. */
    private static final Pattern NAME = Pattern.compile("(?=.*[A-Za-z])(?=.*[-_.0-9])[A-Za-z0-9_.-]{3,}");
    private static final int LOOK_BACK = 60;

    /** Where Batfish's words point: the generated line, and the policy line behind it. */
    record Located(Optional<Span> line, Optional<Span> policy) {}

    private final Map<String, Span> origins = new HashMap<>();
    private final Map<String, Map<Integer, Span>> flowsByDevice = new HashMap<>();

    OriginLocator(Ir ir) {
        for (var d : ir.devices()) {
            Map<Integer, Span> flows = new HashMap<>();
            for (IrRule r : d.rules()) {
                origins.putIfAbsent(r.origin().origin(), r.origin());
                flows.putIfAbsent(r.flowId(), r.origin());
            }
            flowsByDevice.put(d.device().name(), flows);
        }
    }

    /** The generated line Batfish's text names, and its policy origin; both may be unknown. */
    Located locate(GeneratedFile file, String batfishText) {
        return locate(file, batfishText, "");
    }

    /**
     * As {@link #locate(GeneratedFile, String)}, looking first in the ACL named {@code filter} when the file defines
     * one by that name (the same line text can stand in two ACLs).
     */
    Located locate(GeneratedFile file, String batfishText, String filter) {
        int line = find(file, batfishText.strip(), start(file, filter));
        if (line == 0) {
            return new Located(Optional.empty(), byFlowNumber(file, batfishText.strip()));
        }
        Optional<Span> policy = originNear(file, line);
        if (policy.isEmpty()) {
            policy = byFlowNumber(file, batfishText.strip());
        }
        return new Located(file.lineSpan(line), policy);
    }

    /** The policy line behind a generated line. */
    Optional<Span> originNear(GeneratedFile file, int line) {
        Optional<Span> here = origin(file.source().line(line));
        if (here.isPresent()) {
            return here;
        }
        if (file.device().platform().id().equals("fortinet-fortios")) {
            return inEditBlock(file, line);
        }
        Matcher set = SET_RULE.matcher(file.source().line(line));
        if (set.matches()) {
            for (int i = 1; i <= file.source().lineCount(); i++) {
                String text = file.source().line(i);
                if (text.startsWith(set.group(1) + " ")) {
                    Optional<Span> found = origin(text);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        }
        for (int i = line - 1; i >= Math.max(1, line - LOOK_BACK); i--) {
            String text = file.source().line(i).strip();
            Optional<Span> found = origin(text);
            if (found.isPresent()) {
                return found;
            }
            if (text.startsWith("ip access-list") || text.startsWith("ipv6 access-list") || text.equals("!")) {
                break; // the start of this ACL: its lines before are another filter's
            }
        }
        return Optional.empty();
    }

    /** The line defining ACL {@code filter}, where a search for its lines starts; 1 when there is none. */
    private static int start(GeneratedFile file, String filter) {
        if (filter.isEmpty()) {
            return 1;
        }
        Pattern acl = Pattern.compile("^\\s*(ip |ipv6 )?access-list (extended )?" + Pattern.quote(filter) + "(\\s|$)");
        for (int i = 1; i <= file.source().lineCount(); i++) {
            if (acl.matcher(file.source().line(i)).find()) {
                return i;
            }
        }
        return 1;
    }

    /**
     * Line number of Batfish's text, searching from {@code from} and then wrapping around: the same line, a line
     * ending with it, or the line naming it; 0 when none.
     */
    private static int find(GeneratedFile file, String text, int from) {
        if (text.isEmpty()) {
            return 0;
        }
        int n = file.source().lineCount();
        for (int k = 0; k < n; k++) {
            int i = (from - 1 + k) % n + 1;
            if (file.source().line(i).strip().equals(text)) {
                return i;
            }
        }
        if (text.length() >= 8) {
            for (int k = 0; k < n; k++) {
                int i = (from - 1 + k) % n + 1;
                if (file.source().line(i).strip().endsWith(text)) {
                    return i;
                }
            }
        }
        List<String> words = List.of(text.split("\\s+"));
        String name = words.get(words.size() - 1);
        if (!NAME.matcher(name).matches()) {
            return 0; // a port number or a keyword (permit, deny) is no name to look for
        }
        Pattern named = Pattern.compile("(^|[\\s\"])" + Pattern.quote(name) + "($|[\\s\"])");
        for (int i = 1; i <= n; i++) {
            if (named.matcher(file.source().line(i)).find()) {
                return i;
            }
        }
        return 0;
    }

    private Optional<Span> inEditBlock(GeneratedFile file, int line) {
        int start = line;
        while (start > 1 && !file.source().line(start).strip().startsWith("edit ")) {
            start--;
        }
        for (int i = start; i <= file.source().lineCount(); i++) {
            String text = file.source().line(i).strip();
            Optional<Span> found = origin(text);
            if (found.isPresent()) {
                return found;
            }
            if (text.equals("next") || text.equals("end")) {
                break;
            }
        }
        return Optional.empty();
    }

    private Optional<Span> byFlowNumber(GeneratedFile file, String name) {
        Matcher m = FLOW_NUMBER.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        Map<Integer, Span> flows = flowsByDevice.getOrDefault(file.device().name(), Map.of());
        return Optional.ofNullable(flows.get(Integer.parseInt(m.group(1))));
    }

    private Optional<Span> origin(String text) {
        Matcher m = ORIGIN.matcher(text);
        Optional<Span> found = Optional.empty();
        while (m.find()) {
            found = Optional.ofNullable(origins.get(m.group(1) + ":" + m.group(2)));
        }
        return found;
    }
}
