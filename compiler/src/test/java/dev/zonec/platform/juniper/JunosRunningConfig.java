package dev.zonec.platform.juniper;

import dev.zonec.model.source.SourceFile;
import dev.zonec.testing.SetWords;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Junos device's configuration as {@code show configuration | display set} would list it, changed command by command
 * as {@code load set} changes the candidate: {@code set} adds a statement (a single-valued one, such as an interface's
 * input filter or a description, replaces its value), {@code delete} removes the statement and everything below it;
 * the path of a leaf includes its value, so deleting an input filter by name removes it only while it has that name.
 * A test model of the device, independent of the read-back: it knows the command semantics, not what a statement
 * means. Commands it does not model ({@code insert}, {@code deactivate}, ...) fail the test.
 */
public final class JunosRunningConfig {
    private final Map<List<String>, List<String>> leaves = new LinkedHashMap<>();

    public JunosRunningConfig apply(SourceFile file) {
        for (String line : file.text().split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            List<String> words = SetWords.of(text);
            List<String> path = words.subList(1, words.size());
            switch (words.get(0)) {
                case "set" -> leaves.put(key(path), List.copyOf(path));
                case "delete" -> leaves.values().removeIf(leaf -> startsWith(leaf, path));
                default -> throw new IllegalArgumentException("not modelled: " + text);
            }
        }
        return this;
    }

    /** Every statement, in the order the device lists them, as {@code set} lines without the verb. */
    public List<String> leaves() {
        return leaves.values().stream().map(l -> String.join(" ", l)).toList();
    }

    /** The configuration as {@code show configuration | display set} prints it. */
    public SourceFile asFile(String name) {
        StringBuilder text = new StringBuilder();
        leaves().forEach(l -> text.append("set ").append(l).append('\n'));
        return new SourceFile(name, text.toString());
    }

    /** An interface's input or output filter and a description have one value; everything else here is a list. */
    private static List<String> key(List<String> path) {
        int n = path.size();
        boolean single = n >= 3 && path.get(n - 3).equals("filter") && (path.get(n - 2).equals("input")
                || path.get(n - 2).equals("output")) || n >= 2 && path.get(n - 2).equals("description");
        return single ? path.subList(0, n - 1) : path;
    }

    private static boolean startsWith(List<String> leaf, List<String> prefix) {
        return leaf.size() >= prefix.size() && leaf.subList(0, prefix.size()).equals(prefix);
    }
}
