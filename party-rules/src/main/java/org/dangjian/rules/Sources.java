package org.dangjian.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents a pack's rules cite (依据文件), from its {@code sources.csv}: each number or short
 * name a clause starts with ({@code 000}, {@code 支部工作条例}) with the document's title, issuer and
 * date. A report then cites documents by title: the clause {@code 000 “培训时间不少于56学时”}
 * reads 《关于实施X党建工程的情况汇报》“培训时间不少于56学时”, and {@code 支部工作条例 第十二条}
 * reads 《中国共产党支部工作条例（试行）》第十二条 (Art. 12 in English).
 *
 * <p>A clause is one or more citations separated by {@code ;} or {@code ；}; a citation starts
 * with one or more keys (separated by {@code 、}) and goes on with the words cited or the
 * article. A citation that starts with no key is written as it is.
 */
public final class Sources {

    /** One document: {@code key} as clauses name it, its title in Chinese and English, who issued it, when. */
    public record Source(String key, String title, String titleEn, String issuer, String date) {
    }

    /** The header of a pack's {@code sources.csv}. */
    public static final List<String> HEADER = List.of("key", "title", "titleEn", "issuer", "date");

    private final Map<String, Source> byKey;
    /** Keys longest first, so that 党员教育管理工作条例 wins over 条例. */
    private final List<String> keys;

    private Sources(Map<String, Source> byKey) {
        this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
        List<String> k = new ArrayList<>(byKey.keySet());
        k.sort((a, b) -> b.length() - a.length());
        this.keys = List.copyOf(k);
    }

    /** No documents: clauses are written as they are. */
    public static Sources empty() {
        return new Sources(Map.of());
    }

    /** Documents listed in code, e.g. by a test. */
    public static Sources of(Collection<Source> sources) {
        Map<String, Source> m = new LinkedHashMap<>();
        sources.forEach(s -> m.put(s.key(), s));
        return new Sources(m);
    }

    /** These documents and {@code more} (a pack that extends another adds or replaces rows). */
    public Sources plus(Sources more) {
        Map<String, Source> m = new LinkedHashMap<>(byKey);
        m.putAll(more.byKey);
        return new Sources(m);
    }

    /** Every document, in table order. */
    public Collection<Source> all() {
        return byKey.values();
    }

    /** The document a key names. */
    public Optional<Source> source(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    private static final Pattern SEPARATOR = Pattern.compile("^[、,，/]\\s*");
    private static final Pattern ARTICLE = Pattern.compile("第([零一二三四五六七八九十百]+)([条章款])");

    /** {@code clause} citing documents by title in {@code lang}. */
    public String cite(String clause, Language lang) {
        List<String> out = new ArrayList<>();
        for (String part : clause.split("[;；]")) {
            if (!part.isBlank()) {
                out.add(citation(part.strip(), lang));
            }
        }
        return String.join(lang == Language.ZH ? "；" : "; ", out);
    }

    /** The keys a clause names, in order (for checking that every one is in the table). */
    public List<String> keysIn(String clause) {
        List<String> found = new ArrayList<>();
        for (String part : clause.split("[;；]")) {
            leadingKeys(part.strip(), found);
        }
        return found;
    }

    /**
     * The regulations (sources whose key is a short name, not a seed's number) that {@code clause}
     * cites without an article or chapter (第N条, 第N章).
     */
    public List<String> regulationsWithoutArticle(String clause) {
        List<String> out = new ArrayList<>();
        for (String part : clause.split("[;；]")) {
            List<String> named = new ArrayList<>();
            String rest = leadingKeys(part.strip(), named);
            if (!ARTICLE.matcher(rest).find()) {
                named.stream().filter(k -> !k.chars().allMatch(Character::isDigit)).forEach(out::add);
            }
        }
        return out;
    }

    private String citation(String part, Language lang) {
        List<String> named = new ArrayList<>();
        String rest = leadingKeys(part, named);
        if (named.isEmpty()) {
            return lang == Language.ZH ? part : english(part);
        }
        StringBuilder sb = new StringBuilder();
        for (String k : named) {
            Source s = byKey.get(k);
            if (lang == Language.ZH) {
                sb.append('《').append(s.title()).append('》');
            } else {
                sb.append(sb.length() == 0 ? "" : ", ").append(s.titleEn().isEmpty() ? "《" + s.title() + "》" : s.titleEn());
            }
        }
        if (!rest.isEmpty()) {
            sb.append(lang == Language.ZH ? "" : " ").append(lang == Language.ZH ? rest : english(rest));
        }
        return sb.toString();
    }

    /** Removes the keys {@code part} starts with into {@code named}; returns what follows them. */
    private String leadingKeys(String part, List<String> named) {
        String rest = part;
        boolean more = true;
        while (more) {
            more = false;
            for (String k : keys) {
                boolean digitKey = Character.isDigit(k.charAt(k.length() - 1));
                if (rest.startsWith(k) && !(digitKey && rest.length() > k.length() && Character.isDigit(rest.charAt(k.length())))) {
                    named.add(k);
                    rest = rest.substring(k.length()).strip();
                    Matcher sep = SEPARATOR.matcher(rest);
                    if (sep.find()) {
                        String after = rest.substring(sep.end());
                        if (keys.stream().anyMatch(after::startsWith)) {
                            rest = after;
                            more = true;
                        }
                    }
                    break;
                }
            }
        }
        return rest;
    }

    /** 第十二条 → Art. 12, 第六章 → ch. 6; other words stay. */
    static String english(String text) {
        Matcher m = ARTICLE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = chineseNumber(m.group(1));
            String word = switch (m.group(2)) {
                case "章" -> "ch. ";
                case "款" -> "para. ";
                default -> "Art. ";
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(word + n));
        }
        m.appendTail(sb);
        return sb.toString(); // the words quoted stay as the document says them
    }

    /** 十二 → 12, 二十 → 20, 三十二 → 32, 一百零五 → 105. */
    static int chineseNumber(String s) {
        String digits = "零一二三四五六七八九";
        int total = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            int d = digits.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return total + current;
    }

    @Override
    public String toString() {
        return "Sources" + byKey.keySet().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList();
    }
}
