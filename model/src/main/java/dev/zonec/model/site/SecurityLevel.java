package dev.zonec.model.site;

import java.util.List;

/**
 * An IEC 62443-3-3 security level target as the seven foundational-requirement values
 * (IAC, UC, SI, DC, RDF, TRE, RA), each 0 to 4. {@code sl 3} sets all seven.
 */
public record SecurityLevel(int iac, int uc, int si, int dc, int rdf, int tre, int ra) {

    /** The FR names in IEC 62443 order, as written in {@code sl { iac 2 ... }}. */
    public static final List<String> REQUIREMENTS = List.of("iac", "uc", "si", "dc", "rdf", "tre", "ra");

    public SecurityLevel {
        for (int v : new int[] {iac, uc, si, dc, rdf, tre, ra}) {
            if (v < 0 || v > 4) {
                throw new IllegalArgumentException("security level out of range: " + v);
            }
        }
    }

    public static SecurityLevel uniform(int value) {
        return new SecurityLevel(value, value, value, value, value, value, value);
    }

    public static SecurityLevel of(int[] values) {
        return new SecurityLevel(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
    }

    public int max() {
        return Math.max(Math.max(Math.max(iac, uc), Math.max(si, dc)), Math.max(Math.max(rdf, tre), ra));
    }

    @Override
    public String toString() {
        if (iac == uc && uc == si && si == dc && dc == rdf && rdf == tre && tre == ra) {
            return Integer.toString(iac);
        }
        return "{iac " + iac + " uc " + uc + " si " + si + " dc " + dc + " rdf " + rdf + " tre " + tre + " ra " + ra + "}";
    }
}
