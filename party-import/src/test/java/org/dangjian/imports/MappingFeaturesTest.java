package org.dangjian.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.dangjian.imports.mapping.Mapping;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.JdbcSource;
import org.dangjian.imports.source.Sources;
import org.dangjian.imports.source.TableSource;
import org.dangjian.imports.testing.Sheets;
import org.dangjian.model.AssessmentResult;
import org.dangjian.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One column per year gives one record per year; a SQL query is a table; organizations by their parent's name. */
class MappingFeaturesTest {

    @TempDir
    Path tmp;

    private static final String MAPPING = """
            asOf: 2020-12-31
            tables:
              - table: 组织
                records:
                  - kind: organizations
                    fields:
                      id: 编号
                      name: 名称
                      type: {column: 类型, codes: {党委: PARTY_COMMITTEE, 党支部: BRANCH}}
                      sector: {constant: COMMUNITY}
                      parentId: {column: 上级, ref: organizations.name}
                      established: 成立
              - table: 人员
                records:
                  - kind: people
                    fields: {id: 工号, name: 姓名, gender: {column: 性别, codes: {男: MALE, 女: FEMALE}},
                             birthDate: 出生, education: {constant: BACHELOR}}
                  - kind: positions
                    fields: {personId: 工号, organizationId: {column: 组织, ref: organizations.name},
                             role: {constant: SECRETARY}, start: 任职}
              - table: 考核
                records:
                  - kind: assessments
                    eachColumn: '(\\d{4})年度考核'
                    fields:
                      personId: 工号
                      year: {each: year}
                      result: {each: value, codes: {优秀: EXCELLENT, 称职: COMPETENT}}
            """;

    private static Mapping mapping(String yaml) throws Exception {
        return MappingReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "m.yaml");
    }

    @Test
    void eachYearColumnGivesARecordAndReferencesByNameWaitForTheirTable() throws Exception {
        Path xlsx = new Sheets()
                .sheet("组织", List.of(List.of("编号", "名称", "类型", "上级", "成立"),
                        List.of("b1", "第一党支部", "党支部", "示范社区党委", "2001-01-01"),   // its parent comes below
                        List.of("c1", "示范社区党委", "党委", "", "2000-01-01")))
                .sheet("人员", List.of(List.of("工号", "姓名", "性别", "出生", "组织", "任职"),
                        List.of("p1", "张三", "男", "1970-01-01", "第一党支部", "2015-01-01")))
                .sheet("考核", List.of(List.of("工号", "2018年度考核", "2019年度考核", "2020年度考核"),
                        List.of("p1", "优秀", "", "称职")))
                .xlsx(tmp.resolve("f.xlsx"));
        ImportResult r;
        try (TableSource s = Sources.open(xlsx, Optional.empty())) {
            r = Importer.run(s, mapping(MAPPING), Importer.Options.DEFAULT);
        }
        Dataset d = r.dataset().orElseThrow(() -> new AssertionError(ImportReports.text(r.report())));
        assertEquals(Optional.of("c1"), d.organizations().get(0).parentId());
        assertEquals("b1", d.positions().get(0).organizationId());
        assertEquals(List.of(2018, 2020), d.assessments().stream().map(a -> a.year()).toList());
        assertEquals(List.of(AssessmentResult.EXCELLENT, AssessmentResult.COMPETENT),
                d.assessments().stream().map(a -> a.result()).toList());
    }

    @Test
    void aQueryIsATable() throws Exception {
        String url = "jdbc:h2:mem:features;DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t_org (org_code VARCHAR(10), org_name VARCHAR(50), deleted INT, founded DATE)");
            st.execute("INSERT INTO t_org VALUES ('o1', '示范社区党委', 0, DATE '2000-01-01'), ('o2', '已撤销', 1, DATE '2001-01-01')");
            Mapping m = mapping("""
                    asOf: 2020-12-31
                    tables:
                      - query: SELECT org_code, org_name, founded FROM t_org WHERE deleted = 0 ORDER BY org_code
                        records:
                          - kind: organizations
                            fields: {id: ORG_CODE, name: ORG_NAME, type: {constant: PARTY_COMMITTEE},
                                     sector: {constant: COMMUNITY}, established: FOUNDED}
                    """);
            try (JdbcSource s = new JdbcSource(url, "sa", new char[0])) {
                Dataset d = Importer.run(s, m, Importer.Options.DEFAULT).dataset().orElseThrow();
                assertEquals(List.of("o1"), d.organizations().stream().map(o -> o.id()).toList());
            }
        }
    }
}
