package org.dangjian.rules.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dangjian.model.io.JsonErrors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.internal.Csv;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Waiver;

/**
 * Waiver files (豁免清单) and what they do to a report. A waiver file is CSV, as Excel saves it
 * ("CSV UTF-8"), with the header {@code ruleId,subjectId,period,justification,approvedBy,expires}
 * ({@code period} may be left empty: every period), or JSON, an array of objects with the same
 * fields. Every waiver needs a justification, an approver and an expiry date, and must name a rule
 * of the pack.
 *
 * <pre>{@code
 * List<Waiver> waivers = Waivers.read(Path.of("waivers.csv"), engine.rules().stream().map(RuleInfo::id).toList());
 * AuditReport report = Waivers.apply(engine.audit(dataset), waivers);
 * }</pre>
 */
public final class Waivers {

    /** The columns of a waiver file, in the order of its template. */
    public static final List<String> COLUMNS =
            List.of("ruleId", "subjectId", "period", "justification", "approvedBy", "expires");

    private static final Pattern PERIOD = Pattern.compile("\\d{4}(-(H[12]|Q[1-4]|B[1-6]|0[1-9]|1[0-2]))?");
    private static final DateTimeFormatter EXCEL_DATE = DateTimeFormatter.ofPattern("yyyy/M/d");

    private Waivers() {
    }

    /**
     * Reads the waivers of {@code file} (JSON when its name ends in {@code .json}, CSV otherwise);
     * {@code knownRules} are the IDs of the pack's rules. Every problem is named with its place.
     */
    public static List<Waiver> read(Path file, Collection<String> knownRules) throws IOException, InvalidWaiversException {
        String name = file.toString();
        String text = utf8(Files.readAllBytes(file), name);
        return name.toLowerCase(Locale.ROOT).endsWith(".json")
                ? parseJson(text, name, Set.copyOf(knownRules))
                : parseCsv(text, name, Set.copyOf(knownRules));
    }

    /**
     * {@code report} with {@code waivers} applied: a finding a waiver in force names is waived; a
     * waiver that expired on or before the report's date waives nothing, and the report lists it.
     */
    public static AuditReport apply(AuditReport report, List<Waiver> waivers) {
        Map<Finding.Key, Waiver> inForce = new LinkedHashMap<>();
        Map<Finding.Key, Waiver> expired = new LinkedHashMap<>();
        for (Finding f : report.findings()) {
            for (Waiver w : waivers) {
                if (w.covers(f)) {
                    (w.expiredOn(report.asOf()) ? expired : inForce).putIfAbsent(f.key(), w);
                }
            }
            if (inForce.containsKey(f.key())) {
                expired.remove(f.key()); // another waiver still in force: the expired one no longer matters
            }
        }
        List<Waiver> allExpired = waivers.stream().filter(w -> w.expiredOn(report.asOf())).toList();
        return report.withReview(report.review().withWaivers(inForce, expired, allExpired));
    }

    /** The waivers that name no finding of {@code report}: a typing mistake, or fixed since. */
    public static List<Waiver> unused(AuditReport report, List<Waiver> waivers) {
        return waivers.stream().filter(w -> report.findings().stream().noneMatch(w::covers)).toList();
    }

    static List<Waiver> parseCsv(String text, String name, Set<String> knownRules) throws InvalidWaiversException {
        List<Csv.Row> rows = Csv.parse(text);
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            throw new InvalidWaiversException(name, List.of(name + ":1: no header (" + String.join(",", COLUMNS) + ")"));
        }
        Csv.Row header = rows.get(0);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String h = header.fields().get(i);
            if (!COLUMNS.contains(h)) {
                problems.add(name + ":" + header.line() + ": unknown column '" + h + "' (expected "
                        + String.join(",", COLUMNS) + ")");
            }
            column.put(h, i);
        }
        for (String required : COLUMNS) {
            if (!required.equals("period") && !column.containsKey(required)) {
                problems.add(name + ":" + header.line() + ": no column '" + required + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidWaiversException(name, problems);
        }
        List<Waiver> waivers = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String place = name + ":" + row.line();
            Map<String, String> v = new HashMap<>();
            column.forEach((col, i) -> v.put(col, i < row.fields().size() ? row.fields().get(i) : ""));
            waiver(v, place, knownRules, problems, seen).ifPresent(waivers::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidWaiversException(name, problems);
        }
        return List.copyOf(waivers);
    }

    static List<Waiver> parseJson(String text, String name, Set<String> knownRules) throws InvalidWaiversException {
        JsonNode root;
        ObjectMapper mapper = new ObjectMapper();
        try (com.fasterxml.jackson.core.JsonParser p = mapper.createParser(text)) {
            try {
                root = mapper.readTree(p);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // the place from the parser when Jackson gives none (a document nested too deeply)
                com.fasterxml.jackson.core.JsonLocation at = JsonErrors.location(e, p);
                throw new InvalidWaiversException(name, List.of(name + ":" + (at == null ? 1 : at.getLineNr())
                        + ": not JSON" + JsonErrors.at(e, p) + ": " + JsonErrors.explain(e)));
            }
        } catch (java.io.IOException e) {
            throw new InvalidWaiversException(name, List.of(name + ": " + e.getMessage()));
        }
        if (root == null || !root.isArray()) {
            throw new InvalidWaiversException(name, List.of(name + " $: a waiver file is a JSON array of waivers"));
        }
        List<String> problems = new ArrayList<>();
        List<Waiver> waivers = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < root.size(); i++) {
            String place = name + " $[" + i + "]";
            JsonNode n = root.get(i);
            if (!n.isObject()) {
                problems.add(place + ": a waiver is a JSON object");
                continue;
            }
            Map<String, String> v = new HashMap<>();
            n.fields().forEachRemaining(e -> v.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
            Set<String> unknown = new TreeSet<>(v.keySet());
            COLUMNS.forEach(unknown::remove);
            unknown.forEach(k -> problems.add(place + "." + k + ": unknown field (expected " + String.join(", ", COLUMNS) + ")"));
            waiver(v, place, knownRules, problems, seen).ifPresent(waivers::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidWaiversException(name, problems);
        }
        return List.copyOf(waivers);
    }

    /** One waiver from its fields, or the problems with them. */
    private static Optional<Waiver> waiver(Map<String, String> v, String place, Set<String> knownRules,
                                           List<String> problems, Map<String, String> seen) {
        int before = problems.size();
        String ruleId = v.getOrDefault("ruleId", "").strip();
        String subjectId = v.getOrDefault("subjectId", "").strip();
        String period = v.getOrDefault("period", "").strip();
        String justification = v.getOrDefault("justification", "").strip();
        String approvedBy = v.getOrDefault("approvedBy", "").strip();
        String expires = v.getOrDefault("expires", "").strip();
        if (ruleId.isEmpty()) {
            problems.add(place + ": no ruleId");
        } else if (!knownRules.contains(ruleId)) {
            problems.add(place + ": unknown rule '" + ruleId + "' (not a rule of the pack)");
        }
        if (subjectId.isEmpty()) {
            problems.add(place + ": no subjectId");
        }
        if (!period.isEmpty() && !PERIOD.matcher(period).matches()) {
            problems.add(place + ": period '" + period + "' is not a period label (2020, 2020-H1, 2020-Q3, 2020-B1, 2020-07)");
        }
        if (justification.isEmpty()) {
            problems.add(place + ": no justification (every waiver says why)");
        }
        if (approvedBy.isEmpty()) {
            problems.add(place + ": no approvedBy (every waiver names who approved it)");
        }
        LocalDate expiry = null;
        if (expires.isEmpty()) {
            problems.add(place + ": no expires date (every waiver ends; write YYYY-MM-DD)");
        } else {
            expiry = date(expires);
            if (expiry == null) {
                problems.add(place + ": expires '" + expires + "' is not a date (write YYYY-MM-DD)");
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String key = ruleId + "|" + subjectId + "|" + period;
        String first = seen.putIfAbsent(key, place);
        if (first != null) {
            problems.add(place + ": the same rule, subject and period as " + first);
            return Optional.empty();
        }
        return Optional.of(new Waiver(ruleId, subjectId, period.isEmpty() ? Optional.empty() : Optional.of(period),
                justification, approvedBy, expiry, place));
    }

    /** ISO dates, and the yyyy/m/d that Excel writes back for a date cell. */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, EXCEL_DATE);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Excel on a Chinese Windows saves plain "CSV" in GBK: say so rather than show mojibake. */
    private static String utf8(byte[] bytes, String name) throws InvalidWaiversException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidWaiversException(name, List.of(name + ": not UTF-8 text (in Excel, save as \"CSV UTF-8\")"));
        }
    }
}
