package dev.zonec.model.site;

import java.util.Arrays;
import java.util.Optional;

/** Properties of a service that the analysis reads (from the built-in catalogue). */
public enum ServiceTag {
    /** Whoever reaches a host on this service can drive it (SSH, RDP, VNC, ...). */
    REMOTE_CONTROL("remote-control"),
    /** Credentials or data cross the network unencrypted. */
    CLEARTEXT("cleartext");

    private final String word;

    ServiceTag(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<ServiceTag> byWord(String word) {
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst();
    }
}
