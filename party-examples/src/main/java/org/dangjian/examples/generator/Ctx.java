package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.util.List;

/** What every part of a run shares: the settings, the faults, where records go, and the person counter. */
final class Ctx {

    final GeneratorConfig config;
    final Faults faults;
    final RecordSink out;
    final LocalDate asOf;
    final int year;
    /** 1 January of the audit year. */
    final LocalDate yearStart;

    /** The district being generated and its community orgs (in-service members report to them). */
    Plan.District district;
    List<String> communityIds = List.of();
    /** The committee above the districts (a city's 市委), when the generator writes one: their parent. */
    String above;

    private long persons;

    Ctx(GeneratorConfig config, RecordSink out) {
        this.config = config;
        this.faults = new Faults(config.violations());
        this.out = out;
        this.asOf = config.asOf();
        this.year = asOf.getYear();
        this.yearStart = LocalDate.of(year, 1, 1);
    }

    String nextPersonId() {
        return "p" + (++persons);
    }

    /** Whether {@code date} is in the audit year up to {@code asOf}: a record of the year that may exist. */
    boolean inYear(LocalDate date) {
        return !date.isBefore(yearStart) && !date.isAfter(asOf);
    }

    /** The randomness of one generated part. */
    Rng rng(String key) {
        return Rng.of(config.seed(), key);
    }

    boolean hit(Rng rng, Fault fault) {
        return faults.hit(rng, fault);
    }
}
