package org.dangjian.cli;

import org.dangjian.rules.Language;
import picocli.CommandLine.Option;

/** {@code --lang zh|en}, shared by the commands that render findings' messages (a picocli mixin). */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "Language of the findings' messages: zh or en (default: ${DEFAULT-VALUE}).")
    Language language;
}
