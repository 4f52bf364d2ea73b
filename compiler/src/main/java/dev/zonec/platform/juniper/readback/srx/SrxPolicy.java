package dev.zonec.platform.juniper.readback.srx;

import dev.zonec.model.filter.FilterRule;
import dev.zonec.readback.LineParsing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One security policy as its statements leave it: the match lists (values with the line of each), the
 * {@code *-excluded} flags, and the action. {@code from} and {@code to} are its context's zones (empty for a global
 * policy, whose zones, if any, are in {@code fromZones} / {@code toZones}).
 */
final class SrxPolicy {
    record Value(String name, LineParsing.Line line) {}

    final String name;
    final Optional<String> from;
    final Optional<String> to;
    final LineParsing.Line first;
    final List<Value> sources = new ArrayList<>();
    final List<Value> destinations = new ArrayList<>();
    final List<Value> applications = new ArrayList<>();
    final List<Value> fromZones = new ArrayList<>();
    final List<Value> toZones = new ArrayList<>();
    final List<Value> dynamicApplications = new ArrayList<>();
    boolean sourceExcluded;
    boolean destinationExcluded;
    Optional<LineParsing.Line> scheduler = Optional.empty();
    Optional<FilterRule.Action> action = Optional.empty();
    Optional<LineParsing.Line> actionLine = Optional.empty();

    SrxPolicy(String name, Optional<String> from, Optional<String> to, LineParsing.Line first) {
        this.name = name;
        this.from = from;
        this.to = to;
        this.first = first;
    }

    boolean global() {
        return from.isEmpty();
    }
}
