package org.dangjian.imports;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dangjian.imports.mapping.Mapping;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.ImportFailure;
import org.dangjian.imports.source.Sources;
import org.dangjian.imports.source.TableSource;
import org.dangjian.imports.testing.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mapping's mistakes are reported at their line and column, with what is there instead. */
class MappingErrorsTest {

    @TempDir
    Path tmp;

    private static Mapping read(String yaml) throws Exception {
        return MappingReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "m.yaml");
    }

    private static String failure(String yaml) {
        return assertThrows(ImportFailure.class, () -> read(yaml)).getMessage();
    }

    private static final String HEAD = "asOf: 2020-12-31\ntables:\n  - table: 组织\n    records:\n      - kind: organizations\n        fields:\n";

    @Test
    void anUnknownKindFieldOrCodeIsReportedAtItsPlace() {
        String kind = failure("tables:\n  - table: 组织\n    records:\n      - kind: organisations\n        fields: {id: 编号}\n");
        assertTrue(kind.startsWith("m.yaml:4:15: \"organisations\" is not a record kind") && kind.contains("organizations"), kind);
        String field = failure(HEAD + "          id: 编号\n          nam: 名称\n");
        assertTrue(field.startsWith("m.yaml:8:11: organizations have no field \"nam\"") && field.contains("name, type"), field);
        String code = failure(HEAD + "          id: 编号\n          name: 名称\n          type: {column: 类型, codes: {党支部: BRANCHE}}\n"
                + "          sector: {constant: COMMUNITY}\n          established: 成立\n");
        assertTrue(code.startsWith("m.yaml:9:43: \"BRANCHE\" is not a value of type") && code.contains("BRANCH, PARTY_GROUP"), code);
        String required = failure(HEAD + "          id: 编号\n");
        assertTrue(required.startsWith("m.yaml:7:11: organizations need the field \"name\""), required);
        String identity = failure("tables:\n  - table: 人\n    records:\n      - kind: people\n        fields: {id: 编号, idNumber: 身份证}\n");
        assertTrue(identity.contains("m.yaml:5:26: identity numbers (公民身份号码) are never written"), identity);
    }

    @Test
    void theIdentityColumnOnlyMatchesItFillsNoField() {
        String msg = failure("tables:\n  - table: 人\n    records:\n      - kind: people\n        identity: 身份证\n"
                + "        fields: {id: 身份证, name: 姓名, gender: {constant: MALE}, birthDate: 生日, education: {constant: BACHELOR}}\n");
        assertTrue(msg.startsWith("m.yaml:6:22: \"身份证\" holds identity numbers"), msg);
    }

    @Test
    void aColumnTheSourceDoesNotHaveIsReportedAtTheMappingWithTheColumnsThere() throws Exception {
        Mapping m = read(HEAD + "          id: 编号\n          name: 名称\n          type: {constant: BRANCH}\n"
                + "          sector: {constant: COMMUNITY}\n          established: 成立时间\n");
        Path xlsx = new Sheets().sheet("组织", List.of(List.of("编号", "名称", "成立日期"), List.of("o1", "支部", "2001-01-01")))
                .xlsx(tmp.resolve("o.xlsx"));
        try (TableSource s = Sources.open(xlsx, Optional.empty())) {
            String msg = assertThrows(ImportFailure.class, () -> Importer.run(s, m, Importer.Options.DEFAULT)).getMessage();
            assertTrue(msg.startsWith("m.yaml:11:24: the sheet 组织 of o.xlsx has no header row with the column 成立时间"), msg);
            assertTrue(msg.contains("编号, 名称, 成立日期"), msg);
        }
    }

    @Test
    void aMissingSheetListsTheSheetsThere() throws Exception {
        Mapping m = read(HEAD + "          id: 编号\n          name: 名称\n          type: {constant: BRANCH}\n"
                + "          sector: {constant: COMMUNITY}\n          established: 成立日期\n");
        Path xlsx = new Sheets().sheet("Sheet1", List.of(List.of("编号"))).xlsx(tmp.resolve("o.xlsx"));
        try (TableSource s = Sources.open(xlsx, Optional.empty())) {
            String msg = assertThrows(ImportFailure.class, () -> Importer.run(s, m, Importer.Options.DEFAULT)).getMessage();
            assertTrue(msg.startsWith("m.yaml:3:5: o.xlsx has no sheet 组织; its sheets are Sheet1."), msg);
        }
    }
}
