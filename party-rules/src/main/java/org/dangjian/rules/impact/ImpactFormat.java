package org.dangjian.rules.impact;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats of a what-if report: text, JSON, HTML. */
public enum ImpactFormat {
    TEXT("txt"),
    JSON("json"),
    HTML("html");

    private final String extension;

    ImpactFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension of the format ({@code txt}, {@code json}, {@code html}). */
    public String extension() {
        return extension;
    }

    /** Writes {@code r} in this format. */
    public void write(ImpactReport r, OutputStream out) throws IOException {
        switch (this) {
            case TEXT -> out.write(ImpactText.render(r).getBytes(StandardCharsets.UTF_8));
            case JSON -> ImpactJson.write(r, out);
            case HTML -> ImpactHtml.write(r, out);
        }
    }

    /** The format named {@code word}, any case ({@code html}). */
    public static ImpactFormat parse(String word) {
        try {
            return valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + word + "' (text, json, html)");
        }
    }
}
