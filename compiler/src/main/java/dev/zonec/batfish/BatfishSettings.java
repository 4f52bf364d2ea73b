package dev.zonec.batfish;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to talk to one Batfish service.
 *
 * @param service      the v2 API's base address, e.g. {@code http://localhost:9996}
 * @param apiKey       sent as {@code X-Batfish-Apikey}; a local service accepts any key
 * @param version      sent as {@code X-Batfish-Version}: the client version the service is told to expect
 * @param timeout      the longest zonec waits for one HTTP response, and for one work item to finish
 * @param retries      how often an idempotent call (GET, PUT, DELETE) is tried again after a lost connection or a
 *                     502/503/504; a POST is never repeated
 * @param backoff      the wait before the first retry; it doubles for each further one
 * @param pollInterval the longest pause between two polls of a work item (polls start at once, then back off)
 */
public record BatfishSettings(URI service, String apiKey, String version, Duration timeout, int retries,
                              Duration backoff, Duration pollInterval) {

    /** The key pybatfish sends when none is configured. */
    public static final String DEFAULT_API_KEY = "00000000000000000000000000000000";
    /** The service version the recorded session and this client were written against. */
    public static final String DEFAULT_VERSION = "0.36.0";
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    public BatfishSettings {
        Objects.requireNonNull(service);
        Objects.requireNonNull(apiKey);
        Objects.requireNonNull(version);
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative: " + retries);
        }
        Objects.requireNonNull(backoff);
        Objects.requireNonNull(pollInterval);
    }

    /** The defaults pybatfish uses, three retries starting at half a second, polls at most a second apart. */
    public static BatfishSettings of(URI service) {
        return new BatfishSettings(service, DEFAULT_API_KEY, DEFAULT_VERSION, DEFAULT_TIMEOUT, 3,
                Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    public BatfishSettings withApiKey(String key) {
        return new BatfishSettings(service, key, version, timeout, retries, backoff, pollInterval);
    }

    public BatfishSettings withTimeout(Duration limit) {
        return new BatfishSettings(service, apiKey, version, limit, retries, backoff, pollInterval);
    }

    public BatfishSettings withRetries(int count, Duration firstWait) {
        return new BatfishSettings(service, apiKey, version, timeout, count, firstWait, pollInterval);
    }

    public BatfishSettings withPollInterval(Duration interval) {
        return new BatfishSettings(service, apiKey, version, timeout, retries, backoff, interval);
    }

    /** The service address without a trailing slash, as messages show it. */
    public String base() {
        String s = service.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
