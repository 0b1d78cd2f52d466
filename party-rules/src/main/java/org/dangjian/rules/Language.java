package org.dangjian.rules;

import java.util.Locale;

/** The language of messages in a report: Chinese (the default) or English. */
public enum Language {
    ZH, EN;

    /** Parses {@code zh} or {@code en} in any case. */
    public static Language parse(String word) {
        try {
            return valueOf(word.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown language '" + word + "' (zh, en)");
        }
    }
}
