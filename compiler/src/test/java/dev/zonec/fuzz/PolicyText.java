package dev.zonec.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Structure-aware policy text: mostly sequences of the language's own tokens (keywords, names the base site defines,
 * numbers, addresses, strings, punctuation, line breaks and comments), so the fuzzer spends its time past the lexer;
 * sometimes raw text, so the lexer and the error paths see arbitrary characters too.
 */
final class PolicyText {

    private PolicyText() {}

    static final String[] TOKENS = {
        "site", "service", "zone", "level", "sl", "safety", "no-transit", "subnet", "asset", "conduit", "allow", "log",
        "any", "require", "no-path", "accept", "port-level", "on", "tcp", "udp", "icmp", "icmp6", "external", "via",
        "isolated", "except", "waive", "owner", "expires", "device", "flow",
        "->", "..", "{", "}", "[", "]", ",", ":", "/", "-", ".", "*",
        "control", "field", "dmz", "plc", "hmi", "ews", "historian", "modbus", "modbus.read", "s7", "ssh", "https",
        "sw1", "fw1", "x", "ZC0604", "ZC0201",
        "0", "1", "2", "3", "4", "3.5", "5", "65535", "65536", "502", "99999999999",
        "10.1.1.0/24", "10.1.1.11", "10.20.0.0/24", "10.20.0.21-10.20.0.22", "0.0.0.0/0", "2001:db8::/64", "::1",
        "10.1.1.300", "2026-11-28", "2099-02-30", "\"text\"", "\"a \\\" b\"", "\"", "#", "# comment\n", "\n", " ",
        "\t", "\u202e", "\u001b[2J", "\u00e9", "\r\n", "\\",
    };

    static String generate(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return data.consumeRemainingAsString();
        }
        StringBuilder text = new StringBuilder();
        int count = data.consumeInt(0, 400);
        for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
            text.append(data.pickValue(TOKENS));
            text.append(data.consumeBoolean() ? " " : "\n");
        }
        return text.toString();
    }
}
