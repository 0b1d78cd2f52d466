package org.dangjian.cli;

import java.nio.file.Path;
import org.dangjian.rules.PackCache;
import picocli.CommandLine.Option;

/**
 * {@code --compile-cache DIR|off}, shared by the commands that compile a pack (a picocli mixin):
 * where the checked classes of a {@code --rules} pack are kept between runs, so a pack is compiled
 * once, not on every run. The default is {@code $PARTY_AUDIT_CACHE}, else the per-user cache
 * directory ({@code $XDG_CACHE_HOME/party-audit} or {@code ~/.cache/party-audit}).
 */
final class CompileCacheOption {

    /** The environment variable naming the directory ({@code off}: none). */
    static final String ENV = "PARTY_AUDIT_CACHE";

    @Option(names = "--compile-cache", paramLabel = "DIR|off",
            description = "Where compiled rule packs are kept between runs, by their sha256 (default: $"
                    + ENV + ", else $XDG_CACHE_HOME/party-audit or ~/.cache/party-audit); off: compile every run.")
    void set(String value) {
        use(value);
    }

    /** The default of a {@code party-audit} process: {@code $PARTY_AUDIT_CACHE}, else the per-user directory. */
    static void useDefault() {
        String env = System.getenv(ENV);
        use(env == null || env.isBlank() ? PackCache.userDefault().toString() : env);
    }

    private static void use(String value) {
        if (value.strip().equalsIgnoreCase("off")) {
            PackCache.off();
        } else {
            PackCache.useDirectory(Path.of(value.strip()));
        }
    }
}
