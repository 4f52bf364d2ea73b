package dev.zonec.platform.linux;

import dev.zonec.model.site.Capabilities;
import dev.zonec.model.site.Capabilities.FilterScope;
import dev.zonec.model.site.Capabilities.NameRule;
import dev.zonec.model.site.Platform;
import dev.zonec.platform.BaseTarget;
import dev.zonec.platform.BatfishSupport;
import dev.zonec.platform.linux.readback.nftables.NftablesReadBack;
import dev.zonec.platform.linux.render.nftables.NftablesRenderer;
import java.util.Map;

/** Linux nftables: a stateful inet table of zonec's own, forward chain by interface pair. */
public final class Nftables extends BaseTarget {
    public static final Platform PLATFORM = new Platform("nftables", new Capabilities(true, FilterScope.ZONE_PAIR,
            true, true, 128, NameRule.of("[A-Za-z][A-Za-z0-9_]*", 63), Map.of(), Capabilities.OwnTraffic.INPUT_CHAIN));

    public Nftables() {
        super(PLATFORM, LinuxInterfaces.NAMING, new NftablesRenderer(), new NftablesReadBack(), new BatfishSupport() {
            @Override
            public Reading reading() {
                return Reading.NOT_READ;
            }

            @Override
            public String format() {
                return "";
            }

            @Override
            public String ownChecks() {
                return "zonec's own checks cover it, and CI loads it with `nft -c -f` and into a network namespace";
            }
        });
    }
}
