package dev.zonec.platform.juniper.readback.filter;

import dev.zonec.readback.LineParsing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One filter term as its statements leave it: its match conditions (keyword, value, {@code except}), its
 * terminating action if it has one ({@code accept}, {@code discard}, {@code reject}, {@code next}), and the
 * statements the read-back cannot turn into a verdict (a policer, a nested filter).
 */
final class FilterTerm {
    record Condition(String keyword, String value, boolean except, LineParsing.Line line) {}

    final String name;
    final LineParsing.Line first;
    final List<Condition> conditions = new ArrayList<>();
    Optional<String> action = Optional.empty();
    Optional<LineParsing.Line> actionLine = Optional.empty();
    Optional<LineParsing.Line> policer = Optional.empty();
    Optional<LineParsing.Line> nestedFilter = Optional.empty();

    FilterTerm(String name, LineParsing.Line first) {
        this.name = name;
        this.first = first;
    }

    /** The line a verdict of this term is reported at: its action, or its first line (an implicit accept). */
    LineParsing.Line verdictLine() {
        return actionLine.orElse(first);
    }
}
