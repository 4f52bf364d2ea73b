package dev.zonec.platform.linux.render.iptables;

/**
 * Quotes a string argument (comment, log prefix) the way iptables-save does (libxtables' xtables_save_string), so
 * the file reads back from iptables-save line for line: bare when it is only letters, digits, '_' and '-', otherwise
 * in double quotes with '"', '\' and '\'' escaped by a backslash. iptables-restore's parser undoes exactly this: inside
 * quotes a backslash takes the next character literally, and nothing else is special.
 */
final class SaveQuoting {
    private static final String BARE = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ESCAPED = "\"\\'";

    private SaveQuoting() {}

    static String quote(String value) {
        if (!value.isEmpty() && value.chars().allMatch(c -> BARE.indexOf(c) >= 0)) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (ESCAPED.indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.append('"').toString();
    }
}
