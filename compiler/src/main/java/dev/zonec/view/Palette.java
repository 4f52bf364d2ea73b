package dev.zonec.view;

import dev.zonec.model.site.Zone;

/**
 * Colours of the pictures: one fill per Purdue level, warm towards the enterprise and cool towards the process, the
 * DMZ yellow as is usual in Purdue diagrams; red for what is violated, amber for what is waived.
 */
final class Palette {
    static final String VIOLATED = "#c62828";
    static final String WAIVED = "#ef8f00";
    static final String SAFETY = "#b71c1c";

    private Palette() {}

    static String fill(Zone zone) {
        if (zone.external()) {
            return "#e0e0e0";
        }
        return switch (zone.level().tenths()) {
            case 0 -> "#dcedc8";
            case 10 -> "#c8e6c9";
            case 20 -> "#b3e5fc";
            case 30 -> "#c5cae9";
            case 35 -> "#fff59d";
            case 40 -> "#ffe0b2";
            default -> "#ffccbc";
        };
    }

    /** The zone's kind in words, for labels: DMZ, safety, external. */
    static String marks(Zone zone) {
        StringBuilder marks = new StringBuilder();
        if (zone.level().tenths() == 35) {
            marks.append(" · DMZ");
        }
        if (zone.safety()) {
            marks.append(" · SAFETY");
        }
        if (zone.external()) {
            marks.append(" · external");
        }
        return marks.toString();
    }

    static String caption(Zone zone) {
        return "L" + zone.level() + " · SL-T " + zone.securityLevel() + marks(zone);
    }
}
