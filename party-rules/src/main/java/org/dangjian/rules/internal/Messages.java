package org.dangjian.rules.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dangjian.rules.Expected;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Language;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.Sources;
import org.dangjian.rules.Wording;
import org.dangjian.rules.vocabulary.Raised;

/**
 * Writes a finding's one-sentence message in the report's language: subject, period, the title of
 * the requirement (its problem, with the numbers of the parameters it names), what was measured
 * and what is expected, each with its unit, in words. One template for every rule, so a policy
 * officer's new rule reads like the built-in ones:
 * 王旭（2020年）：书记、委员年度培训不足56学时，实际41学时，要求不少于56学时。
 *
 * <p>A rule whose finding reads better as its own sentence carries {@code @message} (and
 * {@code @messageEn}): the sentence with {@code {measured}} where the measure goes and
 * {@code {criteria}} where the criteria met go, {@code {evidence.KEY}} where an evidence's values go
 * in words, e.g. {@code 预备期满未按期转正，已逾期{measured}} →
 * 卢梓睿：预备期满未按期转正，已逾期221天。 What it places is not repeated after it.
 */
public final class Messages {

    private final Language lang;
    private final Parameters params;
    private final Sources sources;
    private final Map<String, RuleInfo> rules;

    /** Messages in {@code lang}, with the pack's thresholds, documents and rules (for criteria named by ID). */
    public Messages(Language lang, Parameters params, Sources sources, Map<String, RuleInfo> rules) {
        this.lang = lang;
        this.params = params;
        this.sources = sources;
        this.rules = rules;
    }

    public Language language() {
        return lang;
    }

    /** A finding as the report shows it. */
    public Finding finding(Raised r) {
        return new Finding(r.ruleId(), r.severity(), r.subject().type(), r.subjectId(), r.subject().name(),
                r.subject().organizationId(), r.period().map(p -> p.label()), r.measured(),
                r.expected().map(Expected::code), render(r), sources.cite(r.clause(), lang), r.evidence(),
                r.progress(), measured(r), r.expected().map(e -> e.words(lang)).orElse(""));
    }

    private static final String MEASURED = "{measured}";
    private static final String CRITERIA = "{criteria}";

    /** The finding's one-sentence message. */
    public String render(Raised r) {
        boolean zh = lang == Language.ZH;
        String subject = r.subject().name().isEmpty() ? r.subjectId() : r.subject().name();
        String period = r.period().map(p -> Wording.period(p.label(), lang)).orElse("");
        String measured = measured(r);
        String expected = r.expected().map(e -> e.words(lang)).orElse("");
        String title = title(r.ruleId(), zh || r.titleEn().isEmpty() ? r.title() : r.titleEn());
        StringBuilder sb = new StringBuilder(subject);
        if (!period.isEmpty()) {
            sb.append(zh ? "（" : " (").append(period).append(r.progress() ? (zh ? "，截至目前" : ", so far") : "")
                    .append(zh ? "）" : ")");
        }
        String criteria = r.evidence().getOrDefault("criteria", List.of()).stream().map(this::criterion)
                .collect(Collectors.joining(zh ? "；" : "; "));
        // A sentence that places the measure or an evidence is whole: nothing is appended to it.
        boolean measureInPlace = title.contains(MEASURED) || EVIDENCE.matcher(title).find();
        boolean criteriaInPlace = title.contains(CRITERIA);
        sb.append(zh ? "：" : ": ").append(evidenceInPlace(title.replace(MEASURED, measured).replace(CRITERIA, criteria), r));
        if (!criteria.isEmpty() && !criteriaInPlace) {
            sb.append(zh ? "，涉及：" : "; criteria: ").append(criteria);
        }
        if (!measured.isEmpty() && !measureInPlace) {
            sb.append(zh ? "，实际" : ": measured ").append(measured);
        }
        if (!expected.isEmpty() && !measureInPlace) {
            sb.append(zh ? "，" : measured.isEmpty() ? ": " : ", ").append(expected);
        }
        if (r.progress()) {
            sb.append(zh ? "（年度进度，12月31日评定）" : " (progress; judged on 31 December)");
        }
        sb.append(zh ? "。" : ".");
        return sb.toString();
    }

    private static final java.util.regex.Pattern EVIDENCE = java.util.regex.Pattern.compile("\\{evidence\\.([A-Za-z]+)\\}");

    /** {@code {evidence.missing}} in a message: the values of that evidence, in words (流动党员活动证、流动党员档案). */
    private String evidenceInPlace(String text, Raised r) {
        java.util.regex.Matcher m = EVIDENCE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String words = r.evidence().getOrDefault(key, List.of()).stream()
                    .map(v -> Wording.evidence(key, v, lang)).collect(Collectors.joining(lang == Language.ZH ? "、" : ", "));
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(words));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The measure with its unit (41学时, 87.5%, 8.00元), a code in words (高中), empty if none. */
    private String measured(Raised r) {
        if (r.measured().isEmpty()) {
            return "";
        }
        Object v = r.measured().get();
        if (v instanceof Number n) {
            return r.unit().format(n.doubleValue(), lang);
        }
        return Wording.value(String.valueOf(v), lang);
    }

    /** A title template with the values of the parameters it names (书记、委员年度培训不足56学时). */
    String title(String ruleId, String template) {
        return Wording.title(template, params, lang);
    }

    /** A criterion (a rule) by its title, without the area's prefix: 书记长期空缺. */
    private String criterion(String ruleId) {
        RuleInfo info = rules.get(ruleId);
        if (info == null) {
            return ruleId;
        }
        String t = title(ruleId, lang == Language.ZH || info.titleEn().isEmpty() ? info.title() : info.titleEn());
        int colon = t.indexOf(lang == Language.ZH ? '：' : ':');
        return colon >= 0 ? t.substring(colon + 1).strip() : t;
    }
}
