package dev.zonec.render;

import dev.zonec.model.diag.Diagnostics;
import dev.zonec.model.ir.DeviceIr;
import dev.zonec.model.site.Device;
import dev.zonec.model.site.Platform;
import dev.zonec.model.site.Site;

/** Turns one device's rules into that platform's configuration text. */
public interface Renderer {

    Platform platform();

    /** The file extension of this platform's configs, e.g. {@code ios}, {@code nft}. */
    String extension();

    /**
     * Reports (ZC0504) names from the inventory the platform cannot take, such as an interface name too long for
     * Linux. Called before {@link #render}; a device with an error here is not rendered.
     */
    default void validate(Device device, Diagnostics diagnostics) {}

    /**
     * Renders the device. The capability check has already run: every rule here is one the platform can express
     * (function classes it cannot inspect arrive only when the policy accepted port-level enforcement).
     */
    String render(DeviceIr device, Site site);
}
