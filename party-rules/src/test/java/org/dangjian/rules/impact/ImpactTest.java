package org.dangjian.rules.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.Training;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Language;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.report.HeadlessBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The what-if on the sample district: raising {@code trn.memberMinHours} from 32 to 40 lists
 * exactly the members whose hours in the audit year lie in [32, 40), computed here from the
 * records; both audits are the audits the engine makes one at a time, and only the derivers that
 * read a changed parameter are derived again.
 */
class ImpactTest {

    @TempDir
    static Path tmp;

    static Dataset sample;
    static ImpactReport raised;
    static Set<String> expected;

    @BeforeAll
    static void whatIf() throws Exception {
        sample = DatasetReader.read(Path.of("..", "party-examples", "sample-district.json")).dataset();
        raised = Impact.of(ComplianceEngine.builtIn())
                .proposedParameters(Parameters.of(Map.of("trn.memberMinHours", "40")))
                .run(sample);
        expected = membersWithHoursIn(sample, 32, 40);
    }

    /** The members TRN-001 judges (not suspended, not exempt, admitted by 1 January) with hours in [from, to). */
    static Set<String> membersWithHoursIn(Dataset d, double from, double to) {
        LocalDate yearStart = LocalDate.of(d.asOf().getYear(), 1, 1);
        Map<String, Double> hours = new HashMap<>();
        for (Training t : d.trainings()) {
            if (!t.date().isBefore(yearStart) && !t.date().isAfter(d.asOf())) {
                hours.merge(t.personId(), t.hours(), Double::sum);
            }
        }
        Set<String> out = new TreeSet<>();
        for (Membership m : d.memberships()) {
            double h = hours.getOrDefault(m.personId(), 0.0);
            if (m.status() != MembershipStatus.SUSPENDED && !m.exempt() && !m.admitted().isAfter(yearStart)
                    && h >= from - 1e-9 && h < to - 1e-9) {
                out.add(m.personId());
            }
        }
        return out;
    }

    @Test
    void raisingTheMembersHoursListsExactlyTheMembersBetweenTheOldAndTheNewThreshold() {
        assertTrue(expected.size() > 3, "the sample district has members between 32 and 40 hours: " + expected);
        assertEquals(expected, raised.appeared().stream().map(Finding::subjectId).collect(Collectors.toCollection(TreeSet::new)));
        raised.appeared().forEach(f -> assertEquals("TRN-001", f.ruleId(), f.toString()));
        assertEquals(List.of(), raised.disappeared());
        ImpactReport.RuleImpact trn = raised.rules().stream().filter(r -> r.ruleId().equals("TRN-001")).findFirst().orElseThrow();
        assertEquals(expected.size(), trn.counts().appeared());
        assertEquals(trn.counts().before() + expected.size(), trn.counts().after());
        assertEquals(trn.counts().before(), trn.reworded(), "the members already short read the new threshold");
        assertTrue(trn.title().contains("40"), trn.title());
        assertEquals(expected.size(), raised.bySeverity().get(org.dangjian.rules.Severity.MEDIUM).appeared());
        assertEquals(List.of(new ImpactReport.ParameterChange("trn.memberMinHours", java.util.Optional.of("32学时"),
                java.util.Optional.of("40学时"))), raised.parameters());
    }

    @Test
    void theSubtreeTotalsAddUpToTheDistrict() {
        ImpactReport.OrgImpact root = raised.organizations().get(0);
        assertTrue(root.parentId().isEmpty());
        int roots = raised.organizations().stream().filter(o -> o.parentId().isEmpty())
                .mapToInt(o -> o.subtree().appeared()).sum();
        assertEquals(expected.size(), roots);
        for (ImpactReport.OrgImpact o : raised.organizations()) {
            int children = raised.organizations().stream().filter(c -> c.parentId().equals(java.util.Optional.of(o.id())))
                    .mapToInt(c -> c.subtree().appeared()).sum();
            assertEquals(o.own().appeared() + children, o.subtree().appeared(), o.id());
        }
    }

    @Test
    void bothSidesAreWhatTheEngineFindsAloneAndNothingIsDerivedTwice() {
        ComplianceEngine engine = ComplianceEngine.builtIn();
        assertEquals(engine.audit(sample).findings(), raised.before().findings());
        assertEquals(engine.audit(sample, AuditOptions.DEFAULTS.withParameters(
                Parameters.of(Map.of("trn.memberMinHours", "40")))).findings(), raised.after().findings());
        assertEquals(List.of(), raised.derivedAgain(), "no deriver reads trn.memberMinHours");
    }

    @Test
    void aThresholdADeriverReadsIsDerivedAgainAndOnlyThatDeriver() {
        Parameters rates = Parameters.of(Map.of("mem.duesBrackets", "3000:0.01, 5000:0.015, *:0.03"));
        ImpactReport r = Impact.of(ComplianceEngine.builtIn()).proposedParameters(rates).run(sample);
        assertEquals(List.of("MemberFacts"), r.derivedAgain());
        assertEquals(ComplianceEngine.builtIn().audit(sample, AuditOptions.DEFAULTS.withParameters(rates)).findings(),
                r.after().findings());
        assertFalse(r.appeared().isEmpty() && r.disappeared().isEmpty(), "other rates change the dues findings");
    }

    @Test
    void theJsonAndTheTextListTheSameMembers() throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ImpactFormat.JSON.write(raised, json);
        JsonNode n = new ObjectMapper().readTree(json.toByteArray());
        assertEquals("impact", n.get("kind").asText());
        Set<String> listed = new TreeSet<>();
        n.get("appeared").forEach(f -> listed.add(f.get("subjectId").asText()));
        assertEquals(expected, listed);
        assertEquals(expected.size(), n.get("total").get("appeared").asInt());
        String text = ImpactText.render(raised);
        for (String id : expected) {
            assertTrue(text.contains("[" + id + "]"), id);
        }
        assertTrue(text.contains("trn.memberMinHours  32学时 → 40学时"), text);
        String en = ImpactText.render(Impact.of(ComplianceEngine.builtIn()).options(AuditOptions.DEFAULTS.withLanguage(Language.EN))
                .proposedParameters(Parameters.of(Map.of("trn.memberMinHours", "40"))).run(sample));
        assertTrue(en.startsWith("Impact of a rule change  as of 31 December 2020"), en);
        assertTrue(en.contains("Findings that would appear (" + expected.size() + "):"), en);
    }

    @Test
    void everyWordOfThePageIsInBothLanguages() {
        for (String k : ImpactHtml.WORDS) {
            for (Language lang : Language.values()) {
                assertFalse(ImpactText.w(k, lang).startsWith("impact."), k + " " + lang);
            }
        }
    }

    @Test
    void thePageDrawsTheChangesInABrowserAndFilters() throws Exception {
        HeadlessBrowser browser = HeadlessBrowser.required();
        Path page = tmp.resolve("impact.html");
        try (var out = Files.newOutputStream(page)) {
            ImpactFormat.HTML.write(raised, out);
        }
        String dom = browser.dump(page, "", tmp);
        assertTrue(dom.contains("data-ready=\"ok\""), dom.substring(0, Math.min(600, dom.length())));
        assertEquals(expected, subjects(dom, "appeared"));
        assertTrue(dom.contains("id=\"org-chart\""), "the chart is drawn");
        assertTrue(dom.contains("data-rule=\"TRN-001\""), "the rule table");
        assertEquals(Set.of(), subjects(browser.dump(page, "#change=disappeared", tmp), "appeared"));
        String oneOrg = raised.appeared().get(0).organizationId();
        Set<String> there = raised.appeared().stream().filter(f -> f.organizationId().equals(oneOrg))
                .map(Finding::subjectId).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(there, subjects(browser.dump(page, "#org=" + oneOrg + "&sub=0", tmp), "appeared"));
    }

    private static Set<String> subjects(String dom, String change) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("<tr class=\"change " + change + "[^\"]*\"[^>]*data-subject=\"([^\"]+)\"").matcher(dom);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
