package dev.zonec.platform.paloalto;

import dev.zonec.model.source.SourceFile;
import dev.zonec.testing.SetWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PAN-OS firewall's candidate configuration as {@code show} in set format lists it, changed command by command as
 * the CLI changes it in configuration mode: {@code set} adds a statement (each member of {@code [ a b ]} one
 * statement: set adds to a list), {@code delete} removes the statement and everything below it, {@code move rulebase
 * security rules R top|bottom|before X|after X} reorders the security rules. Security rules are listed in rule-base
 * order after everything else. A test model of the device, independent of the read-back: it knows the command
 * semantics, not what a statement means. Commands it does not model fail the test.
 */
public final class PanosRunningConfig {
    private static final List<String> RULES = List.of("rulebase", "security", "rules");
    private final List<List<String>> leaves = new ArrayList<>();
    private final List<String> ruleOrder = new ArrayList<>();

    public PanosRunningConfig apply(SourceFile file) {
        for (String line : file.text().split("\n")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            List<String> words = SetWords.of(text);
            List<String> path = words.subList(1, words.size());
            switch (words.get(0)) {
                case "set" -> set(path);
                case "delete" -> {
                    leaves.removeIf(l -> l.size() >= path.size() && l.subList(0, path.size()).equals(path));
                    if (path.size() == 4 && path.subList(0, 3).equals(RULES)) {
                        ruleOrder.remove(path.get(3));
                    }
                }
                case "move" -> move(path);
                default -> throw new IllegalArgumentException("not modelled: " + text);
            }
        }
        return this;
    }

    private void set(List<String> path) {
        int open = path.indexOf("[");
        List<List<String>> each = new ArrayList<>();
        if (open < 0) {
            each.add(path);
        } else {
            for (String member : path.subList(open + 1, path.indexOf("]"))) {
                List<String> one = new ArrayList<>(path.subList(0, open));
                one.add(member);
                each.add(one);
            }
        }
        for (List<String> leaf : each) {
            if (!leaves.contains(leaf)) {
                leaves.add(List.copyOf(leaf));
            }
        }
        if (path.size() > 3 && path.subList(0, 3).equals(RULES) && !ruleOrder.contains(path.get(3))) {
            ruleOrder.add(path.get(3));
        }
    }

    private void move(List<String> path) {
        String rule = path.get(3);
        if (!ruleOrder.remove(rule)) {
            throw new IllegalArgumentException("move of a rule that does not exist: " + rule);
        }
        switch (path.get(4)) {
            case "top" -> ruleOrder.add(0, rule);
            case "bottom" -> ruleOrder.add(rule);
            case "before" -> ruleOrder.add(ruleOrder.indexOf(path.get(5)), rule);
            case "after" -> ruleOrder.add(ruleOrder.indexOf(path.get(5)) + 1, rule);
            default -> throw new IllegalArgumentException("not modelled: move " + path);
        }
    }

    /** Every statement as its words, security rules last in rule-base order. */
    public List<String> leaves() {
        List<String> out = new ArrayList<>();
        leaves.stream().filter(l -> !isRule(l)).forEach(l -> out.add(String.join(" ", l)));
        Map<String, List<String>> byRule = new LinkedHashMap<>();
        ruleOrder.forEach(r -> byRule.put(r, new ArrayList<>()));
        leaves.stream().filter(PanosRunningConfig::isRule).forEach(l -> byRule.get(l.get(3)).add(String.join(" ", l)));
        byRule.values().forEach(out::addAll);
        return out;
    }

    public List<String> ruleOrder() {
        return List.copyOf(ruleOrder);
    }

    public SourceFile asFile(String name) {
        StringBuilder text = new StringBuilder();
        leaves().forEach(l -> text.append("set ").append(l).append('\n'));
        return new SourceFile(name, text.toString());
    }

    private static boolean isRule(List<String> leaf) {
        return leaf.size() > 3 && leaf.subList(0, 3).equals(RULES);
    }
}
