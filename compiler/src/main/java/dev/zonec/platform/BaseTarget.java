package dev.zonec.platform;

import dev.zonec.model.site.Platform;
import dev.zonec.readback.ReadBack;
import dev.zonec.render.Renderer;

/** A target made of its parts, each built once: what every shipped target is. */
public abstract class BaseTarget implements Target {
    private final Platform platform;
    private final InterfaceNaming interfaces;
    private final Renderer renderer;
    private final ReadBack readBack;
    private final BatfishSupport batfish;

    protected BaseTarget(Platform platform, InterfaceNaming interfaces, Renderer renderer, ReadBack readBack,
                         BatfishSupport batfish) {
        this.platform = platform;
        this.interfaces = interfaces;
        this.renderer = renderer;
        this.readBack = readBack;
        this.batfish = batfish;
    }

    @Override
    public final Platform platform() {
        return platform;
    }

    @Override
    public final InterfaceNaming interfaces() {
        return interfaces;
    }

    @Override
    public final Renderer renderer() {
        return renderer;
    }

    @Override
    public final ReadBack readBack() {
        return readBack;
    }

    @Override
    public final BatfishSupport batfish() {
        return batfish;
    }
}
