package org.dangjian.examples.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Finding;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample district ({@code party-examples/sample-district.json}): every rule of the
 * built-in pack fires on it somewhere, most organizations are clean, and it is exactly what
 * {@link SampleDistrict} generates. Rules merged later join {@code engine.rules()} and so these
 * checks without a change here.
 */
class SampleDistrictTest {

    /** The committed file, relative to the module (the tests' working directory). */
    static final Path SAMPLE = Path.of("sample-district.json");

    /**
     * At most this share of all organizations (party groups included) have a finding of MEDIUM or
     * above: the sample is a district where problems are the exception.
     */
    static final double MAX_SHARE_WITH_FINDINGS = 0.15;

    static ComplianceEngine engine;
    static Dataset sample;
    static AuditReport report;

    @TempDir
    Path dir;

    @BeforeAll
    static void audit() throws Exception {
        engine = ComplianceEngine.builtIn();
        sample = DatasetReader.read(SAMPLE).dataset();
        report = engine.audit(sample);
    }

    @Test
    void everyRuleOfThePackFiresSomewhere() {
        Set<String> silent = new TreeSet<>();
        for (RuleInfo rule : engine.rules()) {
            if (report.findings(rule.id()).isEmpty()) {
                silent.add(rule.id());
            }
        }
        assertEquals(Set.of(), silent, "rules without a finding on the sample");
        assertEquals(List.of(), report.summary().rulesNotEvaluated(), "the sample has every input a rule needs");
    }

    @Test
    void mostOrganizationsAreClean() {
        Set<String> withFindings = new TreeSet<>();
        for (Finding f : report.findings()) {
            if (f.severity().atLeast(Severity.MEDIUM)) {
                withFindings.add(f.organizationId());
            }
        }
        int all = sample.organizations().size();
        assertTrue(withFindings.size() <= MAX_SHARE_WITH_FINDINGS * all,
                withFindings.size() + " of " + all + " organizations have MEDIUM+ findings: " + withFindings);
    }

    @Test
    void theReportStaysReadable() {
        int n = report.findings().size();
        assertTrue(n >= 20 && n <= 300, n + " findings");
    }

    /** The district before injections raises nothing but metrics: every finding of the sample is a named injection's. */
    @Test
    void theCleanDistrictRaisesOnlyMetrics() {
        AuditReport clean = engine.audit(SampleDistrict.clean());
        List<String> above = clean.findings().stream().filter(f -> f.severity().atLeast(Severity.LOW))
                .map(f -> f.ruleId() + " " + f.subjectId() + " " + f.period().orElse("")).toList();
        assertEquals(List.of(), above);
    }

    @Test
    void theInjectionTableNamesEveryRuleOfThePackOnce() {
        List<String> ids = SampleInjections.ruleIds();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "a rule twice in the table: " + ids);
        Set<String> missing = new TreeSet<>();
        engine.rules().forEach(r -> missing.add(r.id()));
        missing.removeAll(ids);
        assertEquals(Set.of(), missing, "rules of the pack without an injection");
    }

    /** Regenerating gives the committed bytes, so the sample cannot drift from its generator. */
    @Test
    void regeneratingGivesTheCommittedFile() throws Exception {
        Path fresh = dir.resolve("sample-district.json");
        SampleDistrict.writeJson(fresh);
        assertArrayEquals(Files.readAllBytes(SAMPLE), Files.readAllBytes(fresh),
                "sample-district.json is stale: regenerate it with party-examples/generate sample");
    }

    /**
     * The committed workbook is current: imported with the built-in workbook mapping it gives the
     * committed sample, identity numbers aside (an import never writes them).
     */
    @Test
    void theCommittedWorkbookImportsToTheSample() throws Exception {
        org.dangjian.imports.ImportResult imported;
        try (org.dangjian.imports.source.TableSource source = org.dangjian.imports.source.Sources.open(
                Path.of("sample-district.xlsx"), java.util.Optional.empty())) {
            imported = org.dangjian.imports.Importer.run(source,
                    org.dangjian.imports.mapping.MappingReader.builtIn("workbook"), org.dangjian.imports.Importer.Options.DEFAULT);
        }
        org.dangjian.model.Dataset.Builder expected = sample.toBuilder();
        for (org.dangjian.model.Person p : sample.people()) {
            expected.replace(p, new org.dangjian.model.Person(p.id(), p.name(), p.gender(), p.birthDate(), p.education(),
                    java.util.Optional.empty()));
        }
        assertEquals(expected.build(), imported.dataset().orElseThrow(),
                "sample-district.xlsx is stale: regenerate it with party-examples/generate sample");
    }

    @Test
    void theSampleIsADistrictOfTheAdvertisedShape() {
        long streets = sample.organizations().stream().filter(o -> o.type() == OrgType.STREET_WORKING_COMMITTEE).count();
        long communities = sample.organizations().stream().filter(o -> o.parentId().map(p -> p.matches("D1-S\\d\\d")).orElse(false)
                && o.id().contains("-C")).count();
        assertEquals(4, streets);
        assertEquals(12, communities);
        assertTrue(sample.memberships().size() >= 1500 && sample.memberships().size() <= 3000);
    }
}
