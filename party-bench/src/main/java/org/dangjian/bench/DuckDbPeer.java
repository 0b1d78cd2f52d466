package org.dangjian.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.bench.HandCodedBaseline.Check;
import org.dangjian.bench.HandCodedBaseline.Thresholds;
import org.dangjian.rules.Severity;

/**
 * The peer of issue 19: the six checks of {@link HandCodedBaseline} (TRN-001, TRN-003, DEV-001,
 * ORG-002, LIFE-005, MEM-001) as six DuckDB SQL queries straight over the directory form's
 * {@code .jsonl} files, with the same semantics; {@code DuckDbPeerEqualityTest} shows it finds
 * what the baseline (and so the engine) finds. What an audit of these six rules could cost if
 * reading and deriving were as cheap as a columnar SQL engine makes them.
 *
 * <pre>
 * java -cp party-bench/target/benchmarks.jar org.dangjian.bench.DuckDbPeer DIR [--count] [--out FILE]
 * </pre>
 *
 * <p>The thresholds are the built-in pack's; {@link #BUILT_IN} are not read from the pack
 * at run time so that this process loads nothing of the engine. {@code --count} only counts the
 * records of every file (DuckDB's reading alone).
 */
public final class DuckDbPeer {

    /** The built-in pack's values of the six checks' parameters (params.properties), checked by the equality test. */
    static final Thresholds BUILT_IN = new Thresholds(32, 56, 40, 0.8, 3, 6, 1);

    private static final String DUCKDB = "jdbc:duckdb:";

    private DuckDbPeer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean countOnly = List.of(args).contains("--count");
        int out = List.of(args).indexOf("--out");
        long t0 = System.nanoTime();
        if (countOnly) {
            Map<String, Long> counts = count(dir);
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf(Locale.ROOT, "DuckDB counted %,d records in %d files in %.2f s%n",
                    total, counts.size(), (System.nanoTime() - t0) / 1e9);
            return;
        }
        List<Check> checks = run(dir, BUILT_IN);
        Map<String, Integer> byRule = new TreeMap<>();
        checks.forEach(c -> byRule.merge(c.ruleId(), 1, Integer::sum));
        System.out.printf(Locale.ROOT, "DuckDB: %,d findings %s in %.2f s%n", checks.size(), byRule,
                (System.nanoTime() - t0) / 1e9);
        if (out >= 0) {
            Files.write(Path.of(args[out + 1]), checks.stream().map(DuckDbPeer::line).toList());
        }
    }

    /** A check as one line, the same for the peer and for {@code SixRulesAudit}: to compare with diff. */
    static String line(Check c) {
        return String.join("\t", c.ruleId(), c.subjectId(), c.period(), c.measured(), c.severity().name());
    }

    /** The records of every {@code .jsonl} file of {@code dir}, by file. */
    static Map<String, Long> count(Path dir) throws SQLException, java.io.IOException {
        Map<String, Long> out = new TreeMap<>();
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        try (Connection c = DriverManager.getConnection(DUCKDB); Statement s = c.createStatement()) {
            for (Path f : files) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM read_json_objects(" + literal(f)
                        + ", format = 'newline_delimited')")) {
                    r.next();
                    out.put(f.getFileName().toString(), r.getLong(1));
                }
            }
        }
        return out;
    }

    /** The six checks over the directory form in {@code dir}, in (rule, subject, period) order. */
    public static List<Check> run(Path dir, Thresholds t) throws SQLException, java.io.IOException {
        LocalDate asOf = asOf(dir);
        List<Check> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DUCKDB); Statement s = c.createStatement()) {
            Inputs in = new Inputs(dir, s);
            Sql q = new Sql(asOf, t);
            boolean yearComplete = MonthDay.from(asOf).equals(MonthDay.of(12, 31));
            if (in.has("memberships")) {
                if (in.has("trainings")) {
                    collect(s, q.trn001(), out, yearComplete);
                }
                collect(s, q.org002(), out, yearComplete);
                if (in.has("people")) {
                    collect(s, q.dev001(), out, yearComplete);
                }
            }
            if (in.has("positions") && in.has("trainings")) {
                collect(s, q.trn003(), out, yearComplete);
            }
            if (in.has("activities")) {
                collect(s, q.life005(), out, yearComplete);
            }
            if (in.has("duesPayments") && in.has("memberships")) {
                collect(s, q.mem001(), out, yearComplete);
            }
        }
        out.sort(Check.ORDER);
        return out;
    }

    /** The files of the directory as views with the columns the checks read. */
    private static final class Inputs {
        private final Path dir;

        Inputs(Path dir, Statement s) throws SQLException {
            this.dir = dir;
            view(s, "organizations", "id: 'VARCHAR', parentId: 'VARCHAR', type: 'VARCHAR', established: 'DATE',"
                    + " dissolved: 'DATE'");
            view(s, "people", "id: 'VARCHAR', birthDate: 'DATE'");
            view(s, "memberships", "personId: 'VARCHAR', organizationId: 'VARCHAR', status: 'VARCHAR',"
                    + " admitted: 'DATE', exempt: 'BOOLEAN'");
            view(s, "positions", "personId: 'VARCHAR', organizationId: 'VARCHAR', role: 'VARCHAR', start: 'DATE',"
                    + " \"end\": 'DATE'");
            view(s, "trainings", "personId: 'VARCHAR', date: 'DATE', hours: 'DOUBLE'");
            view(s, "activities", "organizationId: 'VARCHAR', type: 'VARCHAR', date: 'DATE'");
            view(s, "duesPayments", "personId: 'VARCHAR', month: 'VARCHAR', paidOn: 'DATE'");
        }

        boolean has(String kind) {
            return Files.isRegularFile(dir.resolve(kind + ".jsonl"));
        }

        private void view(Statement s, String kind, String columns) throws SQLException {
            if (has(kind)) {
                s.execute("CREATE VIEW " + kind + " AS SELECT * FROM read_json(" + literal(dir.resolve(kind + ".jsonl"))
                        + ", format = 'newline_delimited', columns = {" + columns + "})");
            }
        }
    }

    /** The six queries; each row is rule, subject, period and one or two numbers the measure is made of. */
    private record Sql(LocalDate asOf, Thresholds t) {

        String active(String o) {
            return o + ".established <= DATE '" + asOf + "' AND (" + o + ".dissolved IS NULL OR " + o
                    + ".dissolved > DATE '" + asOf + "')";
        }

        LocalDate yearStart() {
            return LocalDate.of(asOf.getYear(), 1, 1);
        }

        /** Training hours of the audit year up to asOf per person, in ten-thousandths (summed exactly). */
        String units() {
            return "units AS (SELECT personId, sum(round(hours * 10000)::BIGINT) AS units FROM trainings"
                    + " WHERE date >= DATE '" + yearStart() + "' AND date <= DATE '" + asOf + "' GROUP BY personId)";
        }

        String trn001() {
            return "WITH " + units() + " SELECT 'TRN-001', m.personId, '" + asOf.getYear() + "', coalesce(u.units, 0), NULL"
                    + " FROM memberships m LEFT JOIN units u ON u.personId = m.personId"
                    + " WHERE m.status <> 'SUSPENDED' AND NOT coalesce(m.exempt, false)"
                    + " AND m.admitted <= DATE '" + yearStart() + "'"
                    + " AND coalesce(u.units, 0) < " + t.memberMinHours() + " * 10000";
        }

        String trn003() {
            return "WITH " + units() + " SELECT DISTINCT 'TRN-003', p.personId, '" + asOf.getYear()
                    + "', coalesce(u.units, 0), NULL"
                    + " FROM positions p JOIN organizations o ON o.id = p.organizationId"
                    + " LEFT JOIN units u ON u.personId = p.personId"
                    + " WHERE p.role IN ('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')"
                    + " AND p.start <= DATE '" + yearStart() + "' AND p.start <= DATE '" + asOf + "'"
                    + " AND (p.\"end\" IS NULL OR p.\"end\" >= DATE '" + asOf + "')"
                    + " AND o.type IN ('PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH') AND " + active("o")
                    + " AND coalesce(u.units, 0) < " + t.secretaryMinHours() + " * 10000";
        }

        String org002() {
            return "SELECT 'ORG-002', o.id, '', coalesce(f.n, 0), NULL FROM organizations o LEFT JOIN"
                    + " (SELECT organizationId, count(*) AS n FROM memberships WHERE status = 'FULL' GROUP BY 1) f"
                    + " ON f.organizationId = o.id"
                    + " WHERE o.type = 'BRANCH' AND " + active("o") + " AND coalesce(f.n, 0) < " + t.branchMinFullMembers();
        }

        /** Admissions of the year under 40 at admission, counted at each committee-level organization at or above. */
        String dev001() {
            String age = "greatest(0, year(m.admitted) - year(p.birthDate) - CASE WHEN month(m.admitted) < month(p.birthDate)"
                    + " OR (month(m.admitted) = month(p.birthDate) AND day(m.admitted) < day(p.birthDate)) THEN 1 ELSE 0 END)";
            return "WITH RECURSIVE up(org, anc) AS (SELECT id, id FROM organizations"
                    + " UNION ALL SELECT up.org, o.parentId FROM up JOIN organizations o ON o.id = up.anc"
                    + " WHERE o.parentId IS NOT NULL),"
                    + " chain AS (SELECT DISTINCT up.org, up.anc FROM up JOIN organizations a ON a.id = up.anc"
                    + " WHERE a.type IN ('DISTRICT_COMMITTEE', 'STREET_WORKING_COMMITTEE', 'PARTY_COMMITTEE')),"
                    + " admitted AS (SELECT m.organizationId, CASE WHEN " + age + " < " + t.youngAge() + " THEN 1 ELSE 0 END"
                    + " AS young FROM memberships m JOIN people p ON p.id = m.personId"
                    + " WHERE m.admitted >= DATE '" + yearStart() + "' AND m.admitted <= DATE '" + asOf + "'),"
                    + " cohorts AS (SELECT chain.anc AS orgId, sum(young) AS young, count(*) AS n"
                    + " FROM admitted JOIN chain ON chain.org = admitted.organizationId GROUP BY 1)"
                    + " SELECT 'DEV-001', c.orgId, '" + asOf.getYear() + "', c.young, c.n"
                    + " FROM cohorts c JOIN organizations o ON o.id = c.orgId"
                    + " WHERE " + active("o") + " AND c.young::DOUBLE / c.n < " + t.under40Share();
        }

        /** Every month ended by asOf that a branch lived through whole, without a theme party day. */
        String life005() {
            int year = asOf.getYear();
            return "WITH months AS (SELECT m::INTEGER AS m, make_date(" + year + ", m::INTEGER, 1) AS s,"
                    + " last_day(make_date(" + year + ", m::INTEGER, 1)) AS e FROM range(1, 13) r(m)"
                    + " WHERE last_day(make_date(" + year + ", m::INTEGER, 1)) <= DATE '" + asOf + "'),"
                    + " held AS (SELECT organizationId, month(date) AS m, count(*) AS n FROM activities"
                    + " WHERE type = 'THEME_PARTY_DAY' AND year(date) = " + year + " AND date <= DATE '" + asOf + "'"
                    + " GROUP BY 1, 2)"
                    + " SELECT 'LIFE-005', o.id, strftime(months.s, '%Y-%m'), coalesce(h.n, 0), NULL"
                    + " FROM organizations o CROSS JOIN months"
                    + " LEFT JOIN held h ON h.organizationId = o.id AND h.m = months.m"
                    + " WHERE o.type = 'BRANCH' AND o.established <= months.s"
                    + " AND (o.dissolved IS NULL OR o.dissolved > months.e)"
                    + " AND coalesce(h.n, 0) < " + t.themeDaysPerMonth();
        }

        /** The run of unpaid months ending at the last month due, from the month of admission. */
        String mem001() {
            YearMonth current = YearMonth.from(asOf);
            YearMonth lastDue = asOf.equals(current.atEndOfMonth()) ? current : current.minusMonths(1);
            long last = lastDue.getYear() * 12L + lastDue.getMonthValue() - 1;
            return "WITH paid AS (SELECT personId, max(i) AS latest FROM (SELECT personId, paidOn,"
                    + " CAST(substr(month, 1, 4) AS BIGINT) * 12 + CAST(substr(month, 6, 2) AS BIGINT) - 1 AS i"
                    + " FROM duesPayments) WHERE (paidOn IS NULL OR paidOn <= DATE '" + asOf + "') AND i <= " + last
                    + " GROUP BY personId),"
                    + " runs AS (SELECT m.personId, " + last + " - greatest(year(m.admitted) * 12 + month(m.admitted) - 1,"
                    + " coalesce(p.latest + 1, -9223372036854775807)) + 1 AS unpaid"
                    + " FROM memberships m LEFT JOIN paid p ON p.personId = m.personId WHERE m.status <> 'SUSPENDED')"
                    + " SELECT 'MEM-001', personId, '', unpaid, NULL FROM runs WHERE unpaid >= "
                    + t.duesSelfWithdrawalMonths();
        }
    }

    private static void collect(Statement s, String sql, List<Check> out, boolean yearComplete) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String rule = r.getString(1);
                long a = r.getLong(4);
                long b = r.getLong(5);
                Severity annualMedium = yearComplete ? Severity.MEDIUM : Severity.INFO;
                out.add(switch (rule) {
                    case "TRN-001" -> new Check(rule, r.getString(2), r.getString(3), hours(a), annualMedium);
                    case "TRN-003" -> new Check(rule, r.getString(2), r.getString(3), hours(a),
                            yearComplete ? Severity.HIGH : Severity.INFO);
                    case "DEV-001" -> new Check(rule, r.getString(2), r.getString(3), BigDecimal.valueOf(a)
                            .divide(BigDecimal.valueOf(b), 4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString(),
                            annualMedium);
                    case "ORG-002" -> new Check(rule, r.getString(2), "", String.valueOf(a), Severity.HIGH);
                    case "LIFE-005" -> new Check(rule, r.getString(2), r.getString(3), String.valueOf(a), Severity.MEDIUM);
                    case "MEM-001" -> new Check(rule, r.getString(2), "", String.valueOf(a), Severity.CRITICAL);
                    default -> throw new IllegalStateException(rule);
                });
            }
        }
    }

    private static String hours(long units) {
        return BigDecimal.valueOf(units, 4).stripTrailingZeros().toPlainString();
    }

    /** The dataset's as-of date, from its dataset.json. */
    private static LocalDate asOf(Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection(DUCKDB); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT \"asOf\" FROM read_json(" + literal(dir.resolve("dataset.json"))
                     + ", columns = {\"asOf\": 'DATE'})")) {
            r.next();
            return r.getObject(1, LocalDate.class);
        }
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
