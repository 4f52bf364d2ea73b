package dev.zonec.model.site;

import java.util.Objects;

/**
 * An enforcement platform as the model sees it: the id written in {@code inventory.yaml} and what the platform can
 * express. Each platform's target (in the compiler's {@code dev.zonec.platform} folders) declares its one value; the
 * lowering, the checks, the renderers and the proofs read the capabilities from here. A platform is its id: two
 * values with the same id are the same platform.
 */
public record Platform(String id, Capabilities capabilities) {

    public Platform {
        Objects.requireNonNull(id);
        Objects.requireNonNull(capabilities);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Platform p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
