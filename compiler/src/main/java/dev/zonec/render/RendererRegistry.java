package dev.zonec.render;

import dev.zonec.model.site.Platform;
import dev.zonec.platform.cisco.render.eos.AristaEosRenderer;
import dev.zonec.platform.cisco.render.asa.CiscoAsaRenderer;
import dev.zonec.platform.cisco.render.ios.CiscoIosRenderer;
import dev.zonec.platform.cisco.render.nxos.CiscoNxosRenderer;
import dev.zonec.platform.fortinet.render.FortiosRenderer;
import dev.zonec.platform.linux.render.iptables.IptablesRenderer;
import dev.zonec.platform.juniper.render.filter.JunosFilterRenderer;
import dev.zonec.platform.juniper.render.srx.JunosSrxRenderer;
import dev.zonec.platform.linux.render.nftables.NftablesRenderer;
import dev.zonec.platform.paloalto.render.PaloAltoPanosRenderer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The renderers zonec ships, by platform. */
public final class RendererRegistry {
    private final Map<Platform, Renderer> renderers = new EnumMap<>(Platform.class);

    public RendererRegistry(List<Renderer> renderers) {
        renderers.forEach(r -> this.renderers.put(r.platform(), r));
    }

    public static RendererRegistry standard() {
        return new RendererRegistry(List.of(
                new CiscoIosRenderer(),
                new NftablesRenderer(),
                new FortiosRenderer(),
                new CiscoAsaRenderer(),
                new JunosSrxRenderer(),
                new CiscoNxosRenderer(),
                new AristaEosRenderer(),
                new JunosFilterRenderer(),
                new IptablesRenderer(),
                new PaloAltoPanosRenderer()));
    }

    public Optional<Renderer> find(Platform platform) {
        return Optional.ofNullable(renderers.get(platform));
    }
}
