package dev.zonec.testing;

import java.util.ArrayList;
import java.util.List;

/** The words of a set-style configuration line, as the load tests' device models read them. */
public final class SetWords {
    private SetWords() {}

    /** Words split on blanks, a double-quoted string one word with its quotes. */
    public static List<String> of(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                word.append(c);
            } else if (c == ' ' && !quoted) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
