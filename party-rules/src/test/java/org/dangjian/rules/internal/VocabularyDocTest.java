package org.dangjian.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.rules.vocabulary.Params;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary's package-info is the one place that says what a {@code .drl} may import: its
 * words must name everything its {@code @RuleVocabulary} lets a pack use (which is what the
 * pack-safety check allows), and every catalog area of the registry; docs/authoring.md names the
 * areas too.
 */
class VocabularyDocTest {

    private static final Path PACKAGE_INFO = Path.of("src/main/java/org/dangjian/rules/vocabulary/package-info.java");
    private static final Path AUTHORING = Path.of("..", "docs", "authoring.md");

    @Test
    void thePackageInfoSaysWhatItsAnnotationAllows() throws IOException {
        String source = Files.readString(PACKAGE_INFO, StandardCharsets.UTF_8);
        String words = source.substring(0, source.indexOf("@RuleVocabulary("));
        RuleVocabulary v = Params.class.getPackage().getAnnotation(RuleVocabulary.class);
        List<String> unsaid = new ArrayList<>();
        Stream.concat(Stream.of(v.api()), Stream.of(v.global()))
                .map(c -> "{@link " + c.getCanonicalName() + "}").filter(w -> !words.contains(w)).forEach(unsaid::add);
        Stream.of(v.notRecords()).map(c -> "{@code " + c.getSimpleName() + "}").filter(w -> !words.contains(w)).forEach(unsaid::add);
        Stream.of(v.recordPackages()).map(p -> "{@code " + p + "}").filter(w -> !words.contains(w)).forEach(unsaid::add);
        Stream.of(v.globalMembers()).map(m -> "{@code " + m + "}").filter(w -> !words.contains(w)).forEach(unsaid::add);
        Stream.of(v.engineMembers()).map(m -> "{@code " + m + "()}").filter(w -> !words.contains(w)).forEach(unsaid::add);
        areas().map(a -> "{@code " + a + "}").filter(w -> !words.contains(w)).forEach(unsaid::add);
        assertEquals(List.of(), unsaid, "the vocabulary's package-info does not say these");
    }

    @Test
    void theAuthoringGuideNamesEveryArea() throws IOException {
        String guide = Files.readString(AUTHORING, StandardCharsets.UTF_8);
        List<String> unsaid = areas().filter(a -> guide.split("`" + a + "`", -1).length < 3).toList();
        assertEquals(List.of(), unsaid, "docs/authoring.md names these areas' packages fewer than twice (中文, English)");
    }

    private static Stream<String> areas() {
        return BuiltInAreas.AREAS.stream().map(BuiltInAreas.Area::name).filter(n -> !n.isEmpty());
    }
}
