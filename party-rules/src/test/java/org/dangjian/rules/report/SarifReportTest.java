package org.dangjian.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Severity;
import org.junit.jupiter.api.Test;

/** SARIF 2.1.0, valid against the published schema (src/test/resources/schemas/ORIGIN.md). */
class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode sarif(AuditReport report) throws Exception {
        JsonNode log = JSON.readTree(ReportSamples.written(SarifReport::write, report));
        Set<ValidationMessage> errors = SCHEMA.validate(log);
        assertTrue(errors.isEmpty(), "not valid SARIF 2.1.0: " + errors);
        return log;
    }

    @Test
    void aReportIsValidSarif() throws Exception {
        JsonNode log = sarif(ReportSamples.report());
        assertEquals("2.1.0", log.get("version").asText());
        JsonNode run = log.at("/runs/0");
        assertEquals("party-audit", run.at("/tool/driver/name").asText());
        JsonNode rules = run.at("/tool/driver/rules");
        assertEquals("DEV-001", rules.get(0).get("id").asText(), "rules in ID order");
        assertEquals(5, run.get("results").size());
        JsonNode first = run.at("/results/0");
        assertEquals("TRN-003", first.get("ruleId").asText());
        assertEquals("TRN-003", rules.get(first.get("ruleIndex").asInt()).get("id").asText());
        assertEquals("书记、委员年度培训学时", rules.get(first.get("ruleIndex").asInt()).at("/shortDescription/text").asText());
        assertEquals("error", first.get("level").asText());
        assertEquals("c-1/p-1", first.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText());
        assertEquals("TRN-003|p-1|2020", first.at("/partialFingerprints/findingKey~1v1").asText());
        assertEquals("HIGH", first.at("/properties/severity").asText());
    }

    @Test
    void levelsFollowSeverity() {
        assertEquals("error", SarifReport.level(Severity.CRITICAL));
        assertEquals("error", SarifReport.level(Severity.HIGH));
        assertEquals("warning", SarifReport.level(Severity.MEDIUM));
        assertEquals("note", SarifReport.level(Severity.LOW));
        assertEquals("note", SarifReport.level(Severity.INFO));
    }

    @Test
    void aReviewedReportIsValidSarifWithBaselineStatesAndSuppressions() throws Exception {
        JsonNode results = sarif(ReportSamples.reviewed()).at("/runs/0/results");
        assertEquals(6, results.size(), "five findings and one resolved");
        int absent = 0;
        for (JsonNode r : results) {
            String state = r.get("baselineState").asText();
            if (state.equals("absent")) {
                absent++;
                assertEquals("ORG-002", r.get("ruleId").asText());
            }
            if (r.at("/properties/subjectId").asText().equals("p-2")) {
                assertEquals("unchanged", state);
                assertEquals("accepted", r.at("/suppressions/0/status").asText());
                assertEquals("李主任", r.at("/suppressions/0/properties/approvedBy").asText());
            }
        }
        assertEquals(1, absent);
    }

    @Test
    void anEmptyReportIsValidSarif() throws Exception {
        JsonNode log = sarif(ReportSamples.report(java.util.List.of()));
        assertEquals(0, log.at("/runs/0/results").size());
    }
}
