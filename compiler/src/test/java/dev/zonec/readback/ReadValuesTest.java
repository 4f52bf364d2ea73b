package dev.zonec.readback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zonec.model.site.AddressBlock;
import inet.ipaddr.IPAddressString;
import org.junit.jupiter.api.Test;

class ReadValuesTest {

    @Test
    void aWildcardIsTheComplementOfTheNetmask() {
        assertEquals(block("10.1.1.0/24"), ReadValues.addressWithMask("10.1.1.0", "0.0.0.255", true).orElseThrow());
        assertEquals(block("10.1.1.64/28"), ReadValues.addressWithMask("10.1.1.64", "0.0.0.15", true).orElseThrow());
        assertEquals(block("10.1.0.0/16"), ReadValues.addressWithMask("10.1.0.0", "0.0.255.255", true).orElseThrow());
        assertEquals(block("10.1.1.5"), ReadValues.addressWithMask("10.1.1.5", "0.0.0.0", true).orElseThrow());
        assertEquals(block("0.0.0.0/0"), ReadValues.addressWithMask("10.1.1.5", "255.255.255.255", true).orElseThrow());
    }

    @Test
    void hostBitsUnderTheWildcardAreIgnoredAsTheDeviceDoes() {
        assertEquals(block("10.1.1.0/24"), ReadValues.addressWithMask("10.1.1.77", "0.0.0.255", true).orElseThrow());
    }

    @Test
    void aNetmaskIsReadAsANetmask() {
        assertEquals(block("10.1.1.0/24"), ReadValues.addressWithMask("10.1.1.0", "255.255.255.0", false).orElseThrow());
        assertEquals(block("10.1.1.64/28"), ReadValues.addressWithMask("10.1.1.64", "255.255.255.240", false).orElseThrow());
    }

    @Test
    void aNonContiguousMaskIsRefusedRatherThanGuessed() {
        assertTrue(ReadValues.addressWithMask("10.1.0.1", "0.0.255.0", true).isEmpty());
        assertTrue(ReadValues.addressWithMask("10.1.0.1", "255.0.255.0", false).isEmpty());
        assertTrue(ReadValues.addressWithMask("10.1.0.0", "255.255.255.0", true).isEmpty());
    }

    private static AddressBlock block(String text) {
        return ReadValues.address(text).orElseThrow(() -> new AssertionError(new IPAddressString(text)));
    }
}
