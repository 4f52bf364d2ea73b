package dev.zonec.check;

import dev.zonec.model.diag.Code;
import java.util.List;
import java.util.Map;

/**
 * Which IEC 62443 requirement each analysis finding serves, for auditors (docs/checks.md, SARIF rule metadata,
 * JUnit test names). References are to IEC 62443-3-3 system requirements (SR) and enhancements (RE), and to
 * IEC 62443-3-2 zone and conduit requirements (ZCR).
 */
public final class Requirements {
    private static final Map<Code, List<String>> SERVES = Map.ofEntries(
            Map.entry(Code.ZC0401, List.of("IEC 62443-3-3 SR 5.1 network segmentation", "SR 5.2 zone boundary protection")),
            Map.entry(Code.ZC0402, List.of("IEC 62443-3-3 SR 5.1 RE 2 independence from non-control system networks",
                    "SR 5.2 zone boundary protection")),
            Map.entry(Code.ZC0403, List.of("IEC 62443-3-3 SR 5.1 RE 3 logical and physical isolation of critical networks")),
            Map.entry(Code.ZC0601, List.of("IEC 62443-3-3 SR 5.1 RE 2 independence from non-control system networks",
                    "IEC 62443-3-2 ZCR 3.2 separate business and control system assets")),
            Map.entry(Code.ZC0602, List.of("IEC 62443-3-3 SR 5.1 RE 3 logical and physical isolation of critical networks",
                    "IEC 62443-3-2 ZCR 3.3 separate safety related assets", "SR 2.8 auditable events")),
            Map.entry(Code.ZC0603, List.of("IEC 62443-3-3 SR 1.13 access via untrusted networks",
                    "SR 1.1 RE 2 multifactor authentication for untrusted networks")),
            Map.entry(Code.ZC0604, List.of("IEC 62443-3-3 SR 5.2 RE 1 deny by default, allow by exception")),
            Map.entry(Code.ZC0605, List.of("IEC 62443-3-2 ZCR 5 security level target for every zone and conduit")),
            Map.entry(Code.ZC0606, List.of("IEC 62443-3-3 SR 4.1 RE 2 protection of confidentiality across zone boundaries",
                    "SR 3.1 communication integrity")),
            Map.entry(Code.ZC0607, List.of("IEC 62443-3-3 SR 5.2 zone boundary protection",
                    "SR 5.1 RE 2 independence from non-control system networks")),
            Map.entry(Code.ZC0608, List.of("IEC 62443-3-3 SR 5.1 RE 2 independence from non-control system networks",
                    "SR 5.2 zone boundary protection")),
            Map.entry(Code.ZC0609, List.of("IEC 62443-3-3 SR 7.7 least functionality")),
            Map.entry(Code.ZC0610, List.of("IEC 62443-3-3 SR 7.8 control system component inventory")),
            Map.entry(Code.ZC0611, List.of("IEC 62443-3-3 SR 5.2 zone boundary protection (a reviewable rule base)")),
            Map.entry(Code.ZC0620, List.of("IEC 62443-2-1 risk acceptance is reviewed periodically")),
            Map.entry(Code.ZC0621, List.of("IEC 62443-2-1 risk acceptance is reviewed periodically")));

    private Requirements() {}

    /** The requirements a code serves; empty for codes that are about the input rather than the design. */
    public static List<String> of(Code code) {
        return SERVES.getOrDefault(code, List.of());
    }

    /** The codes of the analysis (requirements and rule pack), in code order. */
    public static List<Code> analysisCodes() {
        return java.util.Arrays.stream(Code.values()).filter(SERVES::containsKey).toList();
    }
}
