package org.dangjian.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.examples.generator.DistrictGenerator;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.Organization;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.rules.internal.GroupAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

/**
 * A group is sent the organizations and host units its records name, with the organizations
 * above them, and not every organization or host unit of the district ({@link SameFindingsTest}
 * shows that what it is sent is enough: the same findings as the one-machine audit).
 */
class DestinationsTest {

    @TempDir
    Path tmp;

    @Test
    void aGroupIsSentWhatItsRecordsNameAndTheOrganizationsAboveThem() throws Exception {
        Path dir = tmp.resolve("district");
        new DistrictGenerator(SameFindingsTest.config(500, 7)).write(dir, true);
        Dataset d = DatasetReader.read(dir).dataset();
        GroupAudit.Grouping grouping = GroupAudit.grouping(d, 2, 100);
        Map<String, Integer> groupOf = grouping.organizations(d);
        Map<Integer, Set<String>> orgs = new HashMap<>();
        Map<Integer, Set<String>> units = new HashMap<>();
        for (Tuple2<String, Integer> t : Destinations.of(d, grouping, new HashSet<>())) {
            String id = t._1().substring(2);
            int g = t._2();
            assertTrue(g > 0, "the top's records stay on the driver");
            switch (t._1().substring(0, 2)) {
                case "o:" -> {
                    assertEquals(groupOf.get(id), g, "an organization's records go to its own group");
                    orgs.computeIfAbsent(g, k -> new HashSet<>()).add(id);
                }
                case "c:" -> {
                    assertNotEquals(groupOf.get(id), g, "context is another group's or the top's organization");
                    orgs.computeIfAbsent(g, k -> new HashSet<>()).add(id);
                }
                case "h:" -> units.computeIfAbsent(g, k -> new HashSet<>()).add(id);
                default -> assertEquals("p:", t._1().substring(0, 2));
            }
        }
        assertTrue(grouping.groups() > 3, "several groups: " + grouping.groups());
        for (int g = 1; g < grouping.groups(); g++) {
            Set<String> held = orgs.get(g);
            assertTrue(held.size() < d.organizations().size(), "group " + g + " is not sent every organization");
            for (String id : held) {
                d.organization(id).flatMap(Organization::parentId)
                        .ifPresent(p -> assertTrue(held.contains(p), "the organization above " + id + " is sent too"));
            }
            Set<String> named = new HashSet<>();
            for (Membership m : d.memberships()) {
                if (held.contains(m.organizationId())) {
                    m.workUnitId().ifPresent(named::add);
                }
            }
            held.forEach(id -> d.organization(id).flatMap(Organization::hostUnitId).ifPresent(named::add));
            Set<String> sent = units.getOrDefault(g, Set.of());
            assertTrue(named.containsAll(sent), "group " + g + " is sent only host units its records name");
            assertTrue(sent.size() < d.hostUnits().size(), "group " + g + " is not sent every host unit");
        }
    }
}
