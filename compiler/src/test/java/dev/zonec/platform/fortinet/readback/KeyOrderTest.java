package dev.zonec.platform.fortinet.readback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The linked key order does what the plain list it replaced did, for every kind of edit in random sequences. */
class KeyOrderTest {

    @Test
    void randomEditsLeaveTheSameOrderAsAList() {
        Random random = new Random(3);
        for (int run = 0; run < 200; run++) {
            KeyOrder order = new KeyOrder();
            List<String> list = new ArrayList<>();
            int next = 0;
            for (int step = 0; step < 60; step++) {
                int op = random.nextInt(10);
                if (op < 4 || list.size() < 2) {
                    String key = "k" + next++;
                    order.add(key);
                    list.add(key);
                } else if (op < 7) {
                    String key = list.get(random.nextInt(list.size()));
                    String other = list.get(random.nextInt(list.size()));
                    if (key.equals(other)) {
                        continue;
                    }
                    boolean after = random.nextBoolean();
                    order.move(key, other, after);
                    list.remove(key);
                    int at = list.indexOf(other);
                    list.add(after ? at + 1 : at, key);
                } else if (op < 8) {
                    String key = list.remove(random.nextInt(list.size()));
                    order.remove(key);
                } else if (op < 9) {
                    int at = random.nextInt(list.size());
                    String renamed = "r" + next++;
                    order.rename(list.get(at), renamed);
                    list.set(at, renamed);
                } else if (random.nextInt(10) == 0) {
                    order.clear();
                    list.clear();
                }
                assertEquals(list, order.keys());
                assertEquals(list.isEmpty(), order.isEmpty());
            }
        }
    }
}
