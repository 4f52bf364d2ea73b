package dev.zonec.support;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The "did you mean" help: the closest known name, if it is close enough to be a likely typo. */
public final class DidYouMean {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private DidYouMean() {}

    public static Optional<String> closest(String typed, Collection<String> known) {
        int limit = Math.max(2, typed.length() / 3);
        return known.stream()
                .filter(k -> !k.equals(typed))
                .map(k -> new Candidate(k, DISTANCE.apply(typed.toLowerCase(), k.toLowerCase())))
                .filter(c -> c.distance() <= limit)
                // equal edit distances: prefer the likelier typo, swapped letters first, then Jaro-Winkler
                .min(Comparator.comparingInt(Candidate::distance)
                        .thenComparing(c -> !sameLetters(typed, c.name()))
                        .thenComparing(c -> -SIMILARITY.apply(typed.toLowerCase(), c.name().toLowerCase()))
                        .thenComparing(Candidate::name))
                .map(Candidate::name);
    }

    /** "did you mean `x`?" as a help line, when there is a close name. */
    public static Optional<String> help(String typed, Collection<String> known) {
        return closest(typed, known).map(k -> "did you mean `" + k + "`?");
    }

    private static boolean sameLetters(String a, String b) {
        return java.util.Arrays.equals(a.toLowerCase().chars().sorted().toArray(), b.toLowerCase().chars().sorted().toArray());
    }

    private record Candidate(String name, int distance) {}
}
