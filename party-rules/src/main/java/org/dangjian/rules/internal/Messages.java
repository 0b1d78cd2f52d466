package org.dangjian.rules.internal;

import org.dangjian.rules.facts.Raised;
import org.dangjian.rules.Expect;
import org.dangjian.rules.Language;

/**
 * Writes a finding's one-sentence message in the report's language: subject, period, what the
 * requirement is, what was measured and what is expected. One template for every rule, so a
 * policy officer's new rule reads like the built-in ones.
 */
public final class Messages {

    private Messages() {
    }

    public static String render(Raised r, Language lang) {
        String subject = r.subject().name().isEmpty() ? r.subjectId() : r.subject().name();
        String period = r.period().map(p -> p.label()).orElse("");
        String measured = r.measured().map(Messages::value).orElse("");
        String expected = r.expected().orElse("");
        StringBuilder sb = new StringBuilder();
        if (lang == Language.EN) {
            String title = r.titleEn().isEmpty() ? r.title() : r.titleEn();
            sb.append(subject);
            if (!period.isEmpty()) {
                sb.append(" (").append(period).append(r.progress() ? ", so far" : "").append(')');
            }
            sb.append(": ").append(title);
            if (!measured.isEmpty()) {
                sb.append(": measured ").append(measured);
            }
            if (!expected.isEmpty()) {
                sb.append(measured.isEmpty() ? ": " : ", ").append("expected ").append(expected);
            }
            if (r.progress()) {
                sb.append(" (progress; judged on 31 December)");
            }
            sb.append('.');
        } else {
            sb.append(subject);
            if (!period.isEmpty()) {
                sb.append('（').append(period).append(r.progress() ? "，截至目前" : "").append('）');
            }
            sb.append('：').append(r.title());
            if (!measured.isEmpty()) {
                sb.append("，实际").append(measured);
            }
            if (!expected.isEmpty()) {
                sb.append("，要求").append(expected);
            }
            if (r.progress()) {
                sb.append("（年度进度，12月31日评定）");
            }
            sb.append('。');
        }
        return sb.toString();
    }

    private static String value(Object v) {
        if (v instanceof Number n) {
            return Expect.number(n.doubleValue());
        }
        return String.valueOf(v);
    }
}
