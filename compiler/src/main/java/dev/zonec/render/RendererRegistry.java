package dev.zonec.render;

import dev.zonec.model.site.Platform;
import dev.zonec.render.aristaeos.AristaEosRenderer;
import dev.zonec.render.ciscoasa.CiscoAsaRenderer;
import dev.zonec.render.ciscoios.CiscoIosRenderer;
import dev.zonec.render.cisconxos.CiscoNxosRenderer;
import dev.zonec.render.fortios.FortiosRenderer;
import dev.zonec.render.iptables.IptablesRenderer;
import dev.zonec.render.junosfilter.JunosFilterRenderer;
import dev.zonec.render.junossrx.JunosSrxRenderer;
import dev.zonec.render.nftables.NftablesRenderer;
import dev.zonec.render.panos.PaloAltoPanosRenderer;
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
