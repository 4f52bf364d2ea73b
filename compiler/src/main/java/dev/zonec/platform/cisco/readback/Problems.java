package dev.zonec.platform.cisco.readback;

import dev.zonec.readback.LineParsing;

/** Where the read-back reports a line that makes the device unprovable (ZC0803). */
@FunctionalInterface
interface Problems {
    void unprovable(LineParsing.Line line, String why);
}
