package dev.zonec.report;

import dev.zonec.model.diag.Code;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How bad each security finding is, on the 0.0-10.0 scale code scanning rates with ({@code security-severity}:
 * 9.0 and up critical, 7.0 high, 4.0 medium, below that low). The score says what the finding means for the plant
 * if the policy were deployed as it is: a proven path into a zone that must be unreachable is critical; a config
 * that no longer matches its policy is critical; a rule base that is merely untidy is low.
 *
 * <p>Codes about reading the input (syntax, names, the inventory, platform names) are not security findings: they
 * stop the compile, so nothing is deployed, and code scanning shows them as plain errors, unrated.
 */
public final class SecuritySeverity {
    private static final Map<Code, Double> SCORES = new EnumMap<>(Code.class);

    static {
        // reachability requirements: a proven path that must not exist
        SCORES.put(Code.ZC0401, 9.3);
        SCORES.put(Code.ZC0402, 8.6);
        SCORES.put(Code.ZC0403, 9.3);
        // platform capabilities: what a device enforces
        SCORES.put(Code.ZC0502, 7.5);
        SCORES.put(Code.ZC0503, 5.3);
        SCORES.put(Code.ZC0505, 6.1);
        // the IEC 62443 rule pack
        SCORES.put(Code.ZC0601, 8.2);
        SCORES.put(Code.ZC0602, 9.1);
        SCORES.put(Code.ZC0603, 8.6);
        SCORES.put(Code.ZC0604, 6.5);
        SCORES.put(Code.ZC0605, 5.3);
        SCORES.put(Code.ZC0606, 6.1);
        SCORES.put(Code.ZC0607, 7.1);
        SCORES.put(Code.ZC0608, 8.2);
        SCORES.put(Code.ZC0609, 2.0);
        SCORES.put(Code.ZC0610, 1.0);
        SCORES.put(Code.ZC0611, 2.0);
        SCORES.put(Code.ZC0620, 5.0);
        SCORES.put(Code.ZC0621, 2.0);
        // Batfish, the outside oracle
        SCORES.put(Code.ZC0701, 6.1);
        SCORES.put(Code.ZC0702, 4.3);
        SCORES.put(Code.ZC0703, 9.0);
        SCORES.put(Code.ZC0704, 3.1);
        SCORES.put(Code.ZC0705, 4.0);
        // translation validation: what is on the device against the policy
        SCORES.put(Code.ZC0801, 9.3);
        SCORES.put(Code.ZC0802, 5.0);
        SCORES.put(Code.ZC0803, 7.0);
        SCORES.put(Code.ZC0804, 7.0);
        SCORES.put(Code.ZC0805, 4.0);
    }

    private SecuritySeverity() {}

    /** The score of a security finding; empty for a code about the input. */
    public static Optional<Double> of(Code code) {
        return Optional.ofNullable(SCORES.get(code));
    }

    /** Whether a code is in a range of security findings (requirements, capabilities, rule pack, Batfish, proofs). */
    public static boolean isSecurityRange(Code code) {
        String range = code.name().substring(2, 4);
        return switch (range) {
            case "04", "06", "07", "08" -> true;
            default -> false;
        };
    }
}
