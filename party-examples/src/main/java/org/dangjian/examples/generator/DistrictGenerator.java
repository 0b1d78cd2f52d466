package org.dangjian.examples.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.dangjian.model.RecordKind;
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

    private final GeneratorConfig config;

    public DistrictGenerator(GeneratorConfig config) {
        this.config = config;
    }

    /** Sends every record of the dataset to {@code out}, unit by unit. */
    public void generate(RecordSink out) {
        Ctx ctx = new Ctx(config, out);
        int[] budgets = Plan.districtBudgets(config.members());
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
                                     [--as-of 2020-12-31] [--violations 0.03]
              --members     party members in the dataset (at least 200; a district holds up to 150000)
              --seed        the same seed and settings give the same bytes
              --out         a .json file, or a directory for the directory form
              --form        json (one document) or dir (dataset.json + one .jsonl per record kind);
                            default: json when PATH ends in .json, else dir
              --as-of       the dataset's date; records run from 1 January of its year (default 2020-12-31)
              --violations  chance of each kind of non-compliance per subject, 0 to 0.5 (default 0.03)
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
            new DistrictGenerator(config).write(path, dir);
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
