package org.dangjian.rules;

import java.nio.file.Path;
import java.util.Optional;
import org.dangjian.rules.internal.DiskCache;

/**
 * Where compiled packs are kept between processes (编译缓存). Compiling a local pack through the
 * executable model takes seconds of the Java compiler; with a directory set, the checked classes
 * are stored there by the sha256 of the pack's DRL (and of this build, the Drools and the Java
 * version), and a later process loads them instead of compiling. What is loaded is checked like
 * freshly compiled code, and an entry that fails the check is compiled again. The built-in pack
 * needs no cache (it is compiled when party-rules is built). Off unless set: within one JVM,
 * packs are compiled once anyway.
 *
 * <pre>{@code
 * PackCache.useDirectory(PackCache.userDefault());   // what the party-audit command does
 * }</pre>
 */
public final class PackCache {

    private PackCache() {
    }

    /** Keeps compiled packs under {@code dir} from now on, in this JVM (the directory is made when first written). */
    public static void useDirectory(Path dir) {
        DiskCache.use(Optional.of(dir));
    }

    /** Keeps no compiled pack on disk (the default). */
    public static void off() {
        DiskCache.use(Optional.empty());
    }

    /** The directory in use, if any. */
    public static Optional<Path> directory() {
        return DiskCache.directory();
    }

    /** The per-user default: {@code $XDG_CACHE_HOME/party-audit}, else {@code ~/.cache/party-audit}. */
    public static Path userDefault() {
        return DiskCache.userDefault();
    }
}
