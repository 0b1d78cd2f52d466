package org.dangjian.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/embedding.md run, print what the document says they print, and are the
 * very code the document shows.
 */
class ExamplesTest {

    private static final Path DOC = Path.of("..", "docs", "embedding.md");
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "dangjian", "examples");

    private static List<String> run(ThrowingRunnable main) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(out);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        out.print(printed);
        return printed.lines().toList();
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static void has(List<String> lines, String start) {
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(start)), "no line starting '" + start + "' in " + lines);
    }

    @Test
    void theBatchExampleAuditsOnceAndPrintsTheFindings() throws Exception {
        List<String> lines = run(() -> BatchExample.main(new String[0]));
        assertTrue(lines.get(0).matches("\\d+ findings as of 2020-12-31"), lines.get(0));
        has(lines, "HIGH ORG-002 第一党支部: Hollow branch");
        has(lines, "MEDIUM LIFE-005 第一党支部 (August 2020): Theme party days in the month below the required number: measured 0");
    }

    @Test
    void theLiveExamplePrintsFindingsAsTheyComeAndGo() throws Exception {
        List<String> lines = run(() -> LiveExample.main(new String[0]));
        has(lines, "2020-01-01 standing LIFE-007 第一党支部 (2020, so far)");
        has(lines, "2020-04-05 raised   LIFE-005 第一党支部 (March 2020)");
        has(lines, "2020-04-12 cleared  LIFE-005 第一党支部 (March 2020)");
        has(lines, "2020-05-15 raised   ORG-002 第一党支部");
        has(lines, "2020-07-01 cleared  ORG-002 第一党支部");
        has(lines, "2020-11-25 cleared  LIFE-007");
        has(lines, "2020-12-31 raised   WEAK-007 第一党支部 (Q4 2020)");
        assertTrue(lines.get(lines.size() - 1).startsWith("2020 closed; findings standing: "));
    }

    @Test
    void theDocumentShowsTheExamplesAsTheyAre() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        for (String example : List.of("BatchExample.java", "LiveExample.java")) {
            String source = Files.readString(SOURCES.resolve(example), StandardCharsets.UTF_8);
            assertTrue(doc.contains(source), "docs/embedding.md does not show " + example + " as it is");
        }
        assertTrue(doc.contains("<artifactId>party-rules</artifactId>"), "the dependency snippet");
    }
}
