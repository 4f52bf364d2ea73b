package dev.zonec.platform;

import dev.zonec.model.site.Platform;
import dev.zonec.platform.cisco.AristaEos;
import dev.zonec.platform.cisco.CiscoAsa;
import dev.zonec.platform.cisco.CiscoIos;
import dev.zonec.platform.cisco.CiscoNxos;
import dev.zonec.platform.fortinet.FortinetFortios;
import dev.zonec.platform.juniper.JuniperJunos;
import dev.zonec.platform.juniper.JuniperSrx;
import dev.zonec.platform.linux.Iptables;
import dev.zonec.platform.linux.Nftables;
import dev.zonec.platform.paloalto.PaloAltoPanos;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platforms zonec compiles for: the one list that names them all. Adding a platform adds its line here and
 * nothing else outside its folder; TargetsTest fails when a {@link Target} in the code is missing from the list.
 * The order is the order users see in "known platforms" help and the order {@code zonec gen} deals platforms out.
 */
public final class Targets {
    private static final Targets STANDARD = new Targets(List.of(
            new CiscoIos(),
            new Nftables(),
            new PaloAltoPanos(),
            new FortinetFortios(),
            new CiscoAsa(),
            new JuniperSrx(),
            new CiscoNxos(),
            new AristaEos(),
            new JuniperJunos(),
            new Iptables()));

    private final Map<String, Target> byId = new LinkedHashMap<>();

    private Targets(List<Target> targets) {
        for (Target t : targets) {
            if (byId.putIfAbsent(t.id(), t) != null) {
                throw new IllegalStateException("two targets for platform " + t.id());
            }
        }
    }

    /** The targets zonec ships. */
    public static Targets standard() {
        return STANDARD;
    }

    /** A subset, for tests that run the pipeline with fewer platforms. */
    public static Targets of(List<Target> targets) {
        return new Targets(targets);
    }

    public List<Target> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public Optional<Target> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Target> find(Platform platform) {
        return byId(platform.id());
    }

    /** The target of a platform this registry declared; an internal error otherwise. */
    public Target of(Platform platform) {
        return find(platform).orElseThrow(() -> new IllegalStateException("no target for platform " + platform.id()));
    }
}
