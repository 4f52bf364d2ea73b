package dev.zonec.platform;

import dev.zonec.model.site.Platform;
import dev.zonec.readback.ReadBack;
import dev.zonec.render.Renderer;

/**
 * Everything zonec knows about one enforcement platform, in one place: its id and capabilities, how it names
 * interfaces, how a device's rules become its configuration, how that configuration is read back for the proof, and
 * how Batfish reads it. A target lives in its family's folder ({@code dev.zonec.platform.<family>}) with the code
 * it shares with its siblings; {@link Targets} lists them all. The stages ask a target, never a platform id.
 */
public interface Target {

    /** The id written in {@code inventory.yaml} and the capabilities every stage reads. */
    Platform platform();

    /** How the platform names interfaces: the inventory check, and the names {@code zonec gen} writes. */
    InterfaceNaming interfaces();

    /** Device rules → plan → configuration files. */
    Renderer renderer();

    /** Configuration files → vendor model → the vendor-neutral filter the proof compares with the policy. */
    ReadBack readBack();

    /** How Batfish reads the platform's files and which questions judge them. */
    BatfishSupport batfish();

    /** The id, for messages. */
    default String id() {
        return platform().id();
    }
}
