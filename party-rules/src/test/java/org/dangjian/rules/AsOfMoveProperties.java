package org.dangjian.rules;

import static org.dangjian.rules.LiveAuditProperties.sameFacts;
import static org.dangjian.rules.LiveAuditProperties.sameFindings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.dangjian.model.Dataset;

/**
 * Moves of {@code asOf} (issue 15): a live audit derives again only the keys each area names for
 * the move inside the year ({@code KeyedDeriver.Live.movedKeys}) and words again only the
 * findings whose period ended between the two days; its findings and held facts still equal a
 * batch audit's. The moves go where the areas' facts turn: by a day either way, to a month's,
 * quarter's or the year's end, into the next year, and onto the days the records name or
 * their anniversaries (a birthday, a probation's end a year after admission, a post begun or
 * ended, months out of contact completed, an organization set up or dissolved), or the day
 * before or after one; some moves come with a change of records.
 */
class AsOfMoveProperties {

    private static final ComplianceEngine ENGINE = ComplianceEngine.builtIn();

    @Property(tries = 40)
    void movesOfAsOfAgreeWithABatchAudit(@ForAll long seed) {
        agree(ENGINE, seed);
    }

    @Property(tries = 20)
    void soWithRulesOfEveryShape(@ForAll long seed) {
        agree(LiveAuditProperties.PROBE, seed);
    }

    @Property(tries = 15)
    void soInGroupsOfSubtrees(@ForAll long seed) {
        agree(ENGINE, seed, true); // the built-in pack: the probe's is not declared subtree-safe
    }

    private static void agree(ComplianceEngine engine, long seed) {
        agree(engine, seed, false);
    }

    private static void agree(ComplianceEngine engine, long seed, boolean grouped) {
        Random rnd = new Random(seed);
        LiveWorld world = new LiveWorld(rnd);
        Dataset model = world.dataset();
        try (LiveAudit live = LiveWorld.open(engine, model, AuditOptions.DEFAULTS, grouped)) {
            for (int step = 1; step <= 6; step++) {
                List<Change> changes = new ArrayList<>();
                LocalDate to = target(rnd, model);
                changes.add(Change.asOf(to));
                if (rnd.nextInt(4) == 0) {
                    Change c = world.change(LiveWorld.applied(model, changes));
                    changes.add(rnd.nextBoolean() ? 0 : 1, c);
                }
                Statistics.label("move").collect(kind(model.asOf(), to));
                model = LiveWorld.applied(model, changes);
                live.apply(changes);
                String where = "after step " + step + " " + changes;
                assertEquals(model, live.dataset(), where);
                sameFindings(engine.audit(model).findings(), live.findings(), where);
                sameFacts(live.batchDerivedFacts(model), live.derivedFacts(), where);
            }
            assertEquals(engine.audit(model), live.report(), "the whole report");
        }
    }

    /** Where to move {@code asOf} next: kept within 2020 and 2021 (the world's years). */
    private static LocalDate target(Random rnd, Dataset d) {
        LocalDate asOf = d.asOf();
        LocalDate to = switch (rnd.nextInt(9)) {
            case 0 -> asOf.plusDays(1);
            case 1 -> asOf.minusDays(1);
            case 2 -> YearMonth.from(asOf).atEndOfMonth().equals(asOf)
                    ? YearMonth.from(asOf).plusMonths(1).atEndOfMonth() : YearMonth.from(asOf).atEndOfMonth();
            case 3 -> quarterEnd(asOf);
            case 4 -> LocalDate.of(asOf.getYear(), 12, rnd.nextBoolean() ? 31 : 30);
            case 5 -> LocalDate.of(asOf.getYear() + 1, 1, 1);
            default -> recordDay(rnd, d);
        };
        if (to.getYear() < LiveWorld.YEAR || to.getYear() > LiveWorld.YEAR + 1) {
            to = LocalDate.of(LiveWorld.YEAR, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        }
        return to.equals(asOf) ? asOf.plusDays(1) : to;
    }

    private static LocalDate quarterEnd(LocalDate asOf) {
        YearMonth end = YearMonth.of(asOf.getYear(), ((asOf.getMonthValue() - 1) / 3 + 1) * 3);
        return end.atEndOfMonth().equals(asOf) ? end.plusMonths(3).atEndOfMonth() : end.atEndOfMonth();
    }

    /**
     * A day a record names, in the year of asOf: the day itself, its anniversary (a birthday),
     * the same day of some month (months completed since it), a year on (a probation's end),
     * or the day before or after one of those.
     */
    private static LocalDate recordDay(Random rnd, Dataset d) {
        List<LocalDate> days = new ArrayList<>();
        List<Object> records = d.allRecords();
        for (int i = 0; i < 12 && !records.isEmpty(); i++) {
            dates(records.get(rnd.nextInt(records.size())), days);
        }
        if (days.isEmpty()) {
            return d.asOf().plusDays(1);
        }
        LocalDate day = days.get(rnd.nextInt(days.size()));
        int year = d.asOf().getYear();
        LocalDate to = switch (rnd.nextInt(4)) {
            case 0 -> day;
            case 1 -> day.plusYears(1);
            case 2 -> {
                YearMonth m = YearMonth.of(year, 1 + rnd.nextInt(12));
                yield m.atDay(Math.min(day.getDayOfMonth(), m.lengthOfMonth()));
            }
            default -> day.withYear(year);
        };
        return to.plusDays(rnd.nextInt(3) - 1);
    }

    /** The dates of a record and of the records it holds (a membership's mobile info). */
    private static void dates(Object record, List<LocalDate> out) {
        if (record == null || !record.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Optional<?> o) {
                value = o.orElse(null);
            }
            if (value instanceof LocalDate day) {
                out.add(day);
            } else if (value != null && value.getClass().isRecord()) {
                dates(value, out);
            }
        }
    }

    private static String kind(LocalDate from, LocalDate to) {
        if (from.getYear() != to.getYear()) {
            return "into another year";
        }
        long days = Math.abs(to.toEpochDay() - from.toEpochDay());
        return days == 1 ? "a day" : days <= 31 ? "within a month" : "months";
    }
}
