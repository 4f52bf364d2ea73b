package dev.zonec.readback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A wildcard mask is a netmask with every bit flipped, not with its bit order reversed. */
class ReadValuesWildcardTest {

    @Test
    void wildcardsAndNetmasks() {
        assertEquals("10.3.0.0/24", ReadValues.addressWithMask("10.3.0.9", "0.0.0.255", true).orElseThrow().text());
        assertEquals("10.3.0.0/24", ReadValues.addressWithMask("10.3.0.9", "255.255.255.0", false).orElseThrow().text());
        assertEquals("10.0.0.0/8", ReadValues.addressWithMask("10.3.0.9", "0.255.255.255", true).orElseThrow().text());
        assertEquals("10.3.0.9", ReadValues.addressWithMask("10.3.0.9", "0.0.0.0", true).orElseThrow().text());
        assertTrue(ReadValues.addressWithMask("10.3.0.9", "0.0.1.0", true).isEmpty(), "non-contiguous");
        assertTrue(ReadValues.addressWithMask("10.3.0.9", "255.0.255.0", false).isEmpty(), "non-contiguous");
    }
}
