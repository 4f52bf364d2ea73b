package dev.zonec.platform.linux.render.nftables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zonec.testing.RealTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every nftables file in the golden expectations is accepted by the real {@code nft -c -f}. */
class NftSyntaxTest {
    private static final Path GOLDEN = Path.of(System.getProperty("zonec.repo", "..")).resolve("golden-tests");

    @TestFactory
    Stream<DynamicTest> nftAcceptsEveryGoldenRuleset() throws IOException {
        Path nft = RealTool.require("nft");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(GOLDEN)) {
            files = walk.filter(p -> p.toString().endsWith(".nft")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .nft files under " + GOLDEN);
        return files.stream().map(file -> DynamicTest.dynamicTest(GOLDEN.relativize(file).toString(), () -> {
            RealTool.Result result = RealTool.run(List.of(nft.toString(), "-c", "-f", file.toString()), 30);
            assertEquals(0, result.exit(), "nft -c -f " + file + " rejected it:\n" + result.output());
        }));
    }
}
