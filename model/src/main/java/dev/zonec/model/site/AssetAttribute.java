package dev.zonec.model.site;

import java.util.Arrays;
import java.util.Optional;

/** Properties an asset can carry; the analysis checks (remote access termination) read them. */
public enum AssetAttribute {
    REMOTE_ACCESS_GATEWAY("remote-access-gateway"),
    MFA("mfa");

    private final String word;

    AssetAttribute(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<AssetAttribute> byWord(String word) {
        return Arrays.stream(values()).filter(a -> a.word.equals(word)).findFirst();
    }
}
