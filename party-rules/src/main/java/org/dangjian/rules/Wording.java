package org.dangjian.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words of a report (报告用语) in one place: severities (严重 / 高 / 中 / 低 / 提示), periods
 * (2020年、2020年上半年、2020年第三季度、2020年5—6月、2020年7月), dates, the dataset's codes as its
 * fields say them (学历 高中, not HIGH_SCHOOL), and the reasons a rule was not evaluated. The JSON
 * keeps the codes; every other format writes these words.
 */
public final class Wording {

    private Wording() {
    }

    private static final Map<String, String[]> WORDS = load();

    private static Map<String, String[]> load() {
        Properties p = new Properties();
        try (InputStream in = Wording.class.getResourceAsStream("words.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.stringPropertyNames().stream().collect(Collectors.toUnmodifiableMap(k -> k,
                k -> p.getProperty(k).split("\\s*\\|\\s*", 2)));
    }

    /** 严重 / 高 / 中 / 低 / 提示; Critical / High / Medium / Low / Info. */
    public static String severity(Severity s, Language lang) {
        if (lang == Language.ZH) {
            return switch (s) {
                case CRITICAL -> "严重";
                case HIGH -> "高";
                case MEDIUM -> "中";
                case LOW -> "低";
                case INFO -> "提示";
            };
        }
        String n = s.name();
        return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(H|Q|B)?(\\d{1,2}))?");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] ORDINALS = {"", "一", "二", "三", "四"};

    /**
     * A period label of the report contract in words: {@code 2020} → 2020年, {@code 2020-H1} →
     * 2020年上半年, {@code 2020-Q3} → 2020年第三季度, {@code 2020-B3} → 2020年5—6月, {@code 2020-07} →
     * 2020年7月; in English 2020, first half of 2020, Q3 2020, May–June 2020, July 2020. Anything
     * else is returned as it is.
     */
    public static String period(String label, Language lang) {
        Matcher m = PERIOD.matcher(label);
        if (!m.matches()) {
            return label;
        }
        String y = m.group(1);
        boolean zh = lang == Language.ZH;
        if (m.group(3) == null) {
            return zh ? y + "年" : y;
        }
        int n = Integer.parseInt(m.group(3));
        String kind = m.group(2) == null ? "M" : m.group(2);
        return switch (kind) {
            case "H" -> zh ? y + "年" + (n == 1 ? "上" : "下") + "半年" : (n == 1 ? "first" : "second") + " half of " + y;
            case "Q" -> zh ? y + "年第" + ORDINALS[n] + "季度" : "Q" + n + " " + y;
            case "B" -> zh ? y + "年" + (2 * n - 1) + "—" + (2 * n) + "月"
                    : MONTHS[2 * n - 2] + "–" + MONTHS[2 * n - 1] + " " + y;
            default -> zh ? y + "年" + n + "月" : MONTHS[n - 1] + " " + y;
        };
    }

    /** Several periods, joined as a list is in the language (2020年9月、2020年10月). */
    public static String periods(Collection<String> labels, Language lang) {
        return labels.stream().map(l -> period(l, lang)).collect(Collectors.joining(lang == Language.ZH ? "、" : ", "));
    }

    /** 2020年9月1日; 1 September 2020. */
    public static String date(LocalDate d, Language lang) {
        return lang == Language.ZH ? d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
                : d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static final Pattern FIXED_DAY = Pattern.compile(
            "(FIRST|SECOND|THIRD|FOURTH|LAST)_(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * A code of the dataset as a person says it: {@code HIGH_SCHOOL} → 高中 (high school), an ISO
     * date → 2020年9月15日, a list {@code a, b} → a、b. Anything else (a name, an id) is returned as
     * it is.
     */
    public static String value(String code, Language lang) {
        Matcher day = FIXED_DAY.matcher(code.toUpperCase(java.util.Locale.ROOT));
        if (day.matches()) {
            int ord = List.of("FIRST", "SECOND", "THIRD", "FOURTH", "LAST").indexOf(day.group(1));
            int dow = java.time.DayOfWeek.valueOf(day.group(2)).getValue();
            return lang == Language.ZH
                    ? "每月" + (ord == 4 ? "最后一个" : "第" + ORDINALS[ord + 1] + "个") + "星期" + "一二三四五六日".charAt(dow - 1)
                    : "the " + day.group(1).toLowerCase(java.util.Locale.ROOT) + " "
                            + day.group(2).charAt(0) + day.group(2).substring(1).toLowerCase(java.util.Locale.ROOT) + " of the month";
        }
        String[] w = WORDS.get(code);
        if (w != null) {
            return w[lang == Language.ZH ? 0 : Math.min(1, w.length - 1)];
        }
        Matcher m = ISO_DATE.matcher(code);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String replacement;
            try {
                replacement = date(LocalDate.parse(m.group()), lang);
            } catch (DateTimeParseException e) {
                replacement = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        String out = sb.toString();
        if (lang == Language.ZH && out.contains(", ")) {
            out = List.of(out.split(", ")).stream().map(p -> value(p, lang)).collect(Collectors.joining("、"));
        }
        return out;
    }

    /** Evidence keys whose values are period labels (2020-Q3, 2020-07, 2019) rather than counts. */
    private static final java.util.Set<String> PERIOD_EVIDENCE = java.util.Set.of("missedPeriod", "unpaidMonths",
            "inactiveMonths", "incompetentYears", "unqualifiedYears", "yearsWithoutAdmission", "lastEvaluationYear");
    private static final Pattern BRACKET = Pattern.compile("\\((\\d+(?:\\.\\d+)?), (\\d+(?:\\.\\d+)?)]|> (\\d+(?:\\.\\d+)?)");
    private static final Pattern FIELD_VALUE = Pattern.compile("([A-Za-z][A-Za-z0-9.]*|\\d{4}-\\d{2}-\\d{2}|\\d{4}):(.+)");
    /** A month, two months, quarter or half-year label: worded under any key (a bare year only under {@link #PERIOD_EVIDENCE}). */
    private static final Pattern PERIOD_WITHIN_YEAR = Pattern.compile("\\d{4}-(?:[HQB][1-6]|\\d{2})");
    /** {@code p1269@2020}: a record of a person in a year. */
    private static final Pattern IN_YEAR = Pattern.compile("([^@\\s]+)@(\\d{4})");
    private static final Pattern CODE_THEN_REST = Pattern.compile("([A-Z][A-Z_]+) (.+)");

    /**
     * One value of a finding's evidence under {@code key}, as a person says it: codes in words
     * (HIGH_SCHOOL → 高中, THEME_PARTY_DAY → 主题党日, demonstrationPoints → “两新”党建示范点), periods
     * (2020-Q3 → 2020年第三季度), dates, ranges ({@code 2019-03-01..2019-12-20} → 2019年3月1日至2019年12月20日),
     * income brackets ({@code (3000, 5000]} → 3000元以上至5000元), {@code field:value} pairs
     * (lastSecretary:p287 → 上一任书记：p287). Ids and names are kept as they are. The JSON keeps
     * the value itself and writes these words beside it ({@code evidenceText}).
     */
    public static String evidence(String key, String value, Language lang) {
        boolean zh = lang == Language.ZH;
        if (PERIOD_EVIDENCE.contains(key) && PERIOD.matcher(value).matches() || PERIOD_WITHIN_YEAR.matcher(value).matches()) {
            return period(value, lang);
        }
        Matcher inYear = IN_YEAR.matcher(value);
        if (inYear.matches()) {
            return evidence(key, inYear.group(1), lang) + (zh ? "（" + inYear.group(2) + "年）" : " (" + inYear.group(2) + ")");
        }
        if (key.equals("rateTable")) {
            return rateTable(value, lang);
        }
        Matcher bracket = BRACKET.matcher(value);
        if (key.equals("incomeBracket") && bracket.matches()) {
            return bracket.group(3) != null
                    ? (zh ? bracket.group(3) + "元以上" : "over " + bracket.group(3) + " yuan")
                    : bracket(bracket.group(1), bracket.group(2), lang);
        }
        if (WORDS.containsKey(value)) {
            return value(value, lang);
        }
        Matcher pair = FIELD_VALUE.matcher(value);
        if (pair.matches()) {
            String head = pair.group(1);
            String label = WORDS.containsKey("evidence." + head) ? evidenceLabel(head, lang) : evidence(key, head, lang);
            return label + (zh ? "：" : ": ") + evidence(head, pair.group(2), lang);
        }
        Matcher code = CODE_THEN_REST.matcher(value);
        if (code.matches() && WORDS.containsKey(code.group(1))) {
            return value(code.group(1), lang) + (zh ? "，" : ", ") + evidence(key, code.group(2), lang);
        }
        int range = value.indexOf("..");
        if (range >= 0) {
            String from = value(value.substring(0, range), lang);
            String to = value.substring(range + 2);
            return from + (to.isEmpty() ? (zh ? "起" : " onwards") : (zh ? "至" : " to ") + value(to, lang));
        }
        return value(value, lang);
    }

    /** A finding's evidence with every value in words ({@link #evidence(String, String, Language)}), keys kept. */
    public static Map<String, List<String>> evidence(Map<String, List<String>> evidence, Language lang) {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        evidence.forEach((k, v) -> out.put(k, v.stream().map(x -> evidence(k, x, lang)).toList()));
        return out;
    }

    /** An income bracket (lower, upper]: 3000元及以下, 3000元以上至5000元. */
    private static String bracket(String lower, String upper, Language lang) {
        boolean open = Double.parseDouble(lower) == 0;
        if (lang == Language.ZH) {
            return open ? upper + "元及以下" : lower + "元以上至" + upper + "元";
        }
        return open ? "up to " + upper + " yuan" : "over " + lower + " up to " + upper + " yuan";
    }

    /** A dues rate table {@code 3000:0.005, 5000:0.01, *:0.02}: 3000元及以下0.5%、3000元以上至5000元1%、5000元以上2%. */
    private static String rateTable(String table, Language lang) {
        boolean zh = lang == Language.ZH;
        List<String> out = new java.util.ArrayList<>();
        String lower = "0";
        for (String part : table.split(",\\s*")) {
            String[] kv = part.split(":", 2);
            if (kv.length != 2) {
                return table;
            }
            String rate;
            try {
                rate = new java.math.BigDecimal(kv[1].strip()).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            } catch (NumberFormatException e) {
                return table;
            }
            String upper = kv[0].strip();
            String range = upper.equals("*") ? (zh ? lower + "元以上" : "over " + lower + " yuan") : bracket(lower, upper, lang);
            out.add(range + (zh ? "" : ": ") + rate);
            lower = upper;
        }
        return String.join(zh ? "、" : "; ", out);
    }

    /** The label of an evidence key in {@code lang} ({@code numerator} → 符合人员（分子）), the key if none. */
    public static String evidenceLabel(String key, Language lang) {
        String[] w = WORDS.get("evidence." + key);
        return w == null ? key : w[lang == Language.ZH ? 0 : Math.min(1, w.length - 1)];
    }

    /**
     * The versions an audit applied, in one line: 适用版本（2019年12月31日有效）：TRN-001 至2019年12月31日（rules/a.drl:3）；
     * 参数 trn.memberMinHours = 32（至2019年12月31日，params.properties:33）. Versions applied (in force on …): ….
     */
    public static String inForce(AuditReport.InForce in, LocalDate day, Language lang) {
        boolean zh = lang == Language.ZH;
        List<String> parts = new java.util.ArrayList<>();
        for (AuditReport.RuleVersion r : in.rules()) {
            parts.add(r.ruleId() + " " + r.validity().words(lang) + (zh ? "（" : " (") + r.source() + (zh ? "）" : ")"));
        }
        for (Parameters.Version p : in.parameters()) {
            parts.add((zh ? "参数 " : "parameter ") + p.name() + " = " + p.value() + (zh ? "（" : " (")
                    + p.validity().words(lang) + (zh ? "，" : ", ") + p.source() + (zh ? "）" : ")"));
        }
        return value("inForce.applied", lang).replace("{0}", date(day, lang)) + String.join(zh ? "；" : "; ", parts);
    }

    /**
     * Why a rule is not evaluated when no version of it is in force on the audit's {@code asOf}:
     * 2019年12月31日不在有效期内（2020年1月1日起）; not in force on 31 December 2019 (from 1 January 2020).
     */
    public static String notInForce(Validity validity, LocalDate day, Language lang) {
        return value("inForce.not", lang).replace("{0}", date(day, lang)).replace("{1}", validity.words(lang));
    }

    /** Why a rule was not evaluated: the record kinds the dataset lacks, in words. */
    public static String notEvaluated(List<String> lacking, Language lang) {
        String kinds = lacking.stream().map(k -> {
            String[] w = WORDS.get("record." + k);
            return w == null ? k : w[lang == Language.ZH ? 0 : Math.min(1, w.length - 1)];
        }).collect(Collectors.joining(lang == Language.ZH ? "、" : ", "));
        return lang == Language.ZH ? "数据集中没有" + kinds : "the dataset has no " + kinds;
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)\\}");

    /**
     * A title template with the values of the parameters it names, each with its unit:
     * {@code 书记、委员年度培训不足{trn.secretaryMinHours}} → 书记、委员年度培训不足56学时, so a title
     * follows its threshold. A name {@code params} does not define stays as written.
     */
    public static String title(String template, Parameters params, Language lang) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String v = params.has(name) ? value(params.display(name, lang), lang) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(v));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** “问题 N 项（严重 a，高 b，中 c，低 d），提示 M 项”: INFO findings are progress and metrics, counted apart. */
    public static String totals(Map<Severity, Integer> bySeverity, Language lang) {
        int problems = 0;
        StringBuilder parts = new StringBuilder();
        for (Severity s : Severity.values()) {
            if (s == Severity.INFO) {
                continue;
            }
            int n = bySeverity.getOrDefault(s, 0);
            problems += n;
            parts.append(parts.length() == 0 ? "" : lang == Language.ZH ? "，" : ", ")
                    .append(severity(s, lang)).append(' ').append(n);
        }
        int info = bySeverity.getOrDefault(Severity.INFO, 0);
        return lang == Language.ZH
                ? "问题 " + problems + " 项（" + parts + "），提示 " + info + " 项"
                : "problems: " + problems + " (" + parts + "); information: " + info;
    }

    /**
     * The pack's sha256 and who signed each pack of it, in words: “规则包 sha256 …；签名：builtin 0.1.0
     * 内置规则包，随程序发布；street 1 已签名，签名密钥指纹 3f2a9c1b7e4d5a60”. A fingerprint is shown by
     * its first 16 hex digits.
     */
    public static String packSigners(AuditReport.PackInfo pack, Language lang) {
        boolean zh = lang == Language.ZH;
        String each = pack.signatures().stream()
                .map(s -> s.pack() + " " + s.version() + (zh ? " " : ": ") + word("signature." + s.status().name(), lang)
                        .replace("{0}", s.signer().map(PackSignature::shortFingerprint).orElse("")))
                .collect(Collectors.joining(zh ? "；" : "; "));
        return word("signature.packSha256", lang) + " " + pack.sha256()
                + (each.isEmpty() ? "" : (zh ? "；" : "; ") + word("signature.signers", lang) + (zh ? "：" : ": ") + each);
    }

    private static String word(String key, Language lang) {
        String[] w = WORDS.get(key);
        return w == null ? key : w[lang == Language.ZH ? 0 : Math.min(1, w.length - 1)];
    }
}
