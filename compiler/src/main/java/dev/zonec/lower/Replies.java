package dev.zonec.lower;

import dev.zonec.model.site.Match;
import dev.zonec.model.site.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The reply traffic of a match, for stateless platforms: TCP replies come back as established segments from the
 * service port, UDP replies as datagrams from the service port, ICMP queries get their reply type. ICMP messages
 * that are not queries (unreachable, time exceeded, ...) have no reply.
 */
final class Replies {
    /** ICMP query type to reply type (RFC 792, RFC 4443). */
    private static final Map<Integer, Integer> ICMP4_REPLY = Map.of(8, 0, 13, 14);
    private static final Map<Integer, Integer> ICMP6_REPLY = Map.of(128, 129);

    private Replies() {}

    /** The mirrored matches; empty when the match cannot be mirrored exactly ({@code any} service). */
    static Optional<List<Match>> of(Match match) {
        if (match instanceof Match.L4 l4) {
            return Optional.of(List.of(new Match.L4(l4.protocol(), l4.destinationPorts(), l4.sourcePorts(),
                    l4.protocol() == Protocol.TCP)));
        }
        if (match instanceof Match.Icmp icmp) {
            Map<Integer, Integer> replies = icmp.protocol() == Protocol.ICMP ? ICMP4_REPLY : ICMP6_REPLY;
            List<Match> result = new ArrayList<>();
            if (icmp.type().isEmpty()) {
                replies.values().stream().sorted().forEach(t ->
                        result.add(new Match.Icmp(icmp.protocol(), OptionalInt.of(t), OptionalInt.empty())));
            } else if (replies.containsKey(icmp.type().getAsInt())) {
                result.add(new Match.Icmp(icmp.protocol(), OptionalInt.of(replies.get(icmp.type().getAsInt())),
                        OptionalInt.empty()));
            }
            return Optional.of(result);
        }
        return Optional.empty();
    }
}
