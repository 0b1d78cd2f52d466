package org.dangjian.examples.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Sector;
import org.dangjian.model.io.DatasetSink;

/**
 * Generates the records of a plausible district or city (区、市) in the shape of the dataset
 * contract: a district committee over streets (街道党工委) and their communities (社区党委 with
 * branches and party groups), district organs, schools, hospitals, state enterprises and two-new
 * units, with members, posts, reserve cadres and a year of trainings, activities, dues,
 * assessments, evaluations and the rest — and a chosen share of non-compliance of every kind.
 *
 * <pre>
 * DistrictGenerator --members 1000000 --seed 1 --out /tmp/city --form dir
 * DistrictGenerator --members 2000 --seed 7 --out district.json --as-of 2020-06-30 --violations 0
 * </pre>
 *
 * <p>Streaming: units are generated one after the other and their records written as they come,
 * so memory stays flat however many members (a district holds at most {@value Plan#DISTRICT_MAX};
 * a larger city has several). Deterministic: each unit's randomness comes from the seed and its
 * id, so the same settings give the same bytes.
 */
public final class DistrictGenerator {

    /** The id of the city committee (市委) above the districts, when there is one. */
    public static final String CITY_ID = "CITY";

    private final GeneratorConfig config;
    /** Districts under a city committee; 0 for districts of their own (no committee above them). */
    private final int cityDistricts;

    public DistrictGenerator(GeneratorConfig config) {
        this(config, 0);
    }

    private DistrictGenerator(GeneratorConfig config, int cityDistricts) {
        this.config = config;
        this.cityDistricts = cityDistricts;
    }

    /**
     * A city (or a province's worth of districts): at least {@code districts} districts, all under
     * one city committee (市委). The contract has no organization type above a district, so the
     * committee is a {@code DISTRICT_COMMITTEE} too: a local party committee (地方党委), as a
     * district's is.
     */
    public static DistrictGenerator city(GeneratorConfig config, int districts) {
        if (districts < 1) {
            throw new IllegalArgumentException("a city has at least one district, not " + districts);
        }
        return new DistrictGenerator(config, districts);
    }

    /** Sends every record of the dataset to {@code out}, unit by unit. */
    public void generate(RecordSink out) {
        Ctx ctx = new Ctx(config, out);
        if (cityDistricts > 0) {
            out.add(new Organization(CITY_ID, "中共江州市委", OrgType.DISTRICT_COMMITTEE, Sector.OTHER, Optional.empty(),
                    LocalDate.of(1949, 10, 1), Optional.empty(), Optional.of(false), Optional.of(true), OptionalInt.empty(),
                    Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                    OptionalInt.empty(), Optional.of(false), Optional.empty()));
            ctx.above = CITY_ID;
        }
        int[] budgets = Plan.districtBudgets(config.members(), Math.max(1, cityDistricts));
        for (int i = 0; i < budgets.length; i++) {
            Plan.District plan = Plan.district(config, i, budgets[i]);
            ctx.district = plan;
            ctx.communityIds = plan.communityOrgIds();
            new Units(ctx).district(plan);
        }
    }

    /** Writes the dataset to {@code path}: one JSON document, or the directory form. */
    public void write(Path path, boolean directoryForm) throws IOException {
        try (DatasetSink sink = directoryForm ? DatasetSink.directory(path, config.asOf()) : DatasetSink.json(path, config.asOf())) {
            for (RecordKind kind : RecordKind.values()) {
                sink.declare(kind); // every array, even one left empty at a small size
            }
            generate(RecordSink.of(sink));
            sink.finish();
        }
    }

    private static final String USAGE = """
            Usage: DistrictGenerator --members N --seed S --out PATH [--form json|dir]
                                     [--as-of 2020-12-31] [--violations 0.03] [--city N]
              --members     party members in the dataset (at least 200; a district holds up to 150000)
              --seed        the same seed and settings give the same bytes
              --out         a .json file, or a directory for the directory form
              --form        json (one document) or dir (dataset.json + one .jsonl per record kind);
                            default: json when PATH ends in .json, else dir
              --as-of       the dataset's date; records run from 1 January of its year (default 2020-12-31)
              --violations  chance of each kind of non-compliance per subject, 0 to 0.5 (default 0.03)
              --city        a city of at least N districts under one city committee (市委, typed
                            DISTRICT_COMMITTEE: the contract has no type above a district)
            """;

    /** Runs the generator; exit status 0, or 2 when the command line is wrong. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Long members = null;
        Long seed = null;
        Path path = null;
        String form = null;
        LocalDate asOf = LocalDate.of(2020, 12, 31);
        double violations = GeneratorConfig.DEFAULT_VIOLATIONS;
        int city = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    out.print(USAGE);
                    return 0;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--members" -> members = Long.parseLong(v.replace("_", ""));
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--out" -> path = Path.of(v);
                    case "--form" -> form = v.toLowerCase(Locale.ROOT);
                    case "--as-of" -> asOf = LocalDate.parse(v);
                    case "--violations" -> violations = Double.parseDouble(v);
                    case "--city" -> city = Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (members == null || seed == null || path == null) {
                throw new IllegalArgumentException("--members, --seed and --out are required");
            }
            if (form != null && !form.equals("json") && !form.equals("dir")) {
                throw new IllegalArgumentException("--form is json or dir, not " + form);
            }
            boolean dir = form == null ? !path.toString().endsWith(".json") : form.equals("dir");
            GeneratorConfig config = new GeneratorConfig(members, seed, asOf, violations,
                    GeneratorConfig.DEFAULT_RECTIFICATION_SHARE);
            long start = System.nanoTime();
            (city > 0 ? city(config, city) : new DistrictGenerator(config)).write(path, dir);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "Wrote %d members to %s in %.1f s (%.0f members/s)%n", members, path, seconds,
                    members / seconds);
            return 0;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("DistrictGenerator: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("DistrictGenerator: cannot write " + path + ": " + e.getMessage());
            return 2;
        }
    }
}
