package dev.zonec.platform.juniper.readback.filter;

import dev.zonec.model.site.PortRange;
import dev.zonec.platform.juniper.readback.JunosNames;
import dev.zonec.platform.juniper.readback.Unprovable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The numeric conditions of a term (protocols, ports, ICMP types and codes): the values a field may hold are those
 * listed, minus those of the {@code -except} form; {@code port} tests either port, so it becomes one alternative per
 * field.
 */
final class TermNumbers {
    /** The source and destination ports of one alternative: empty = any port. */
    record Ports(Optional<NumberSet> sources, Optional<NumberSet> destinations) {}

    private final Unprovable unprovable;

    TermNumbers(Unprovable unprovable) {
        this.unprovable = unprovable;
    }

    /** Values of one field: those of the listed keywords, minus those of their {@code -except} forms. */
    Optional<NumberSet> values(Map<String, List<FilterTerm.Condition>> byKeyword, List<String> keywords,
                               Function<String, OptionalInt> parse) {
        return values(byKeyword, keywords, 256, parse);
    }

    private Optional<NumberSet> values(Map<String, List<FilterTerm.Condition>> byKeyword, List<String> keywords,
                                       int size, Function<String, OptionalInt> parse) {
        NumberSet set = NumberSet.all(size);
        for (String keyword : keywords) {
            for (boolean except : new boolean[] {false, true}) {
                List<FilterTerm.Condition> conditions = byKeyword.get(except ? keyword + "-except" : keyword);
                if (conditions == null) {
                    continue;
                }
                List<PortRange> values = new ArrayList<>();
                for (FilterTerm.Condition c : conditions) {
                    Optional<PortRange> range = range(c.value(), size, parse);
                    if (range.isEmpty()) {
                        unprovable.at(c.line(), "`" + c.value() + "` is not a value of `" + c.keyword() + "`");
                        return Optional.empty();
                    }
                    values.add(range.get());
                }
                NumberSet listed = NumberSet.of(values, size);
                set = except ? set.minus(listed) : set.and(listed);
            }
        }
        return Optional.of(set);
    }

    /** A value or a range {@code low-high} of numbers or names (ports and ICMP fields accept ranges). */
    private static Optional<PortRange> range(String text, int size, Function<String, OptionalInt> parse) {
        if (size > 256) {
            return JunosNames.ports(text);
        }
        OptionalInt single = parse.apply(text);
        if (single.isPresent()) {
            return Optional.of(new PortRange(single.getAsInt(), single.getAsInt()));
        }
        String[] parts = text.split("-", -1);
        if (parts.length == 2) {
            OptionalInt low = parse.apply(parts[0]);
            OptionalInt high = parse.apply(parts[1]);
            if (low.isPresent() && high.isPresent() && low.getAsInt() <= high.getAsInt()) {
                return Optional.of(new PortRange(low.getAsInt(), high.getAsInt()));
            }
        }
        return Optional.empty();
    }

    /** Port alternatives: one (source and destination), or one per direction for {@code port}. */
    Optional<List<Ports>> ports(Map<String, List<FilterTerm.Condition>> byKeyword) {
        Optional<NumberSet> sources = values(byKeyword, List.of("source-port"), 65536, v -> OptionalInt.empty());
        Optional<NumberSet> destinations = values(byKeyword, List.of("destination-port"), 65536,
                v -> OptionalInt.empty());
        Optional<NumberSet> either = values(byKeyword, List.of("port"), 65536, v -> OptionalInt.empty());
        if (sources.isEmpty() || destinations.isEmpty() || either.isEmpty()) {
            return Optional.empty();
        }
        Optional<NumberSet> src = constrained(sources.get());
        Optional<NumberSet> dst = constrained(destinations.get());
        if (byKeyword.containsKey("port-except")) {
            if (byKeyword.containsKey("port")) {
                unprovable.at(byKeyword.get("port").get(0).line(), "`port` and `port-except` in one term are not read back");
                return Optional.empty();
            }
            // port-except: neither the source nor the destination port is one of the values
            NumberSet outside = either.get();
            return Optional.of(List.of(new Ports(Optional.of(src.orElse(outside).and(outside)),
                    Optional.of(dst.orElse(outside).and(outside)))));
        }
        if (byKeyword.containsKey("port")) {
            return Optional.of(List.of(new Ports(Optional.of(either.get()), dst), new Ports(src, Optional.of(either.get()))));
        }
        return Optional.of(List.of(new Ports(src, dst)));
    }

    private static Optional<NumberSet> constrained(NumberSet set) {
        return set.isAll() ? Optional.empty() : Optional.of(set);
    }
}
