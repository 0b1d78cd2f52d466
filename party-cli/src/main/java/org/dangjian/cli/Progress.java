package org.dangjian.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dangjian.model.io.PrintableText;

/**
 * Progress of a long audit on stderr (进度): nothing for the first two seconds, then the phase
 * and the time so far on one line that rewrites itself, cleared at the end. Only when stderr is a
 * terminal: a log file or a pipe gets nothing.
 */
final class Progress implements AutoCloseable {

    /** A quiet audit is shorter than this; only a longer one shows its progress. */
    static final long DELAY_MILLIS = 2000;

    private final PrintWriter err;
    private final ScheduledExecutorService timer;
    private final long start = System.nanoTime();
    private volatile String phase = "";
    private boolean shown;

    private Progress(PrintWriter err, boolean enabled, long delayMillis, long everyMillis) {
        this.err = err;
        if (enabled) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "party-audit-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::show, delayMillis, everyMillis, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    /** Progress on {@code err} when stderr is a terminal. */
    static Progress onTerminal(PrintWriter err) {
        return new Progress(err, stderrIsTerminal(), DELAY_MILLIS, 500);
    }

    /** For tests: progress on {@code err} whatever it is, after {@code delayMillis}. */
    static Progress always(PrintWriter err, long delayMillis) {
        return new Progress(err, true, delayMillis, 50);
    }

    /** The phase now under way, e.g. "auditing 12,000 records". */
    void phase(String now) {
        this.phase = now;
    }

    /** Prints a whole line (a warning, an error) on stderr, over the progress line if one is shown. */
    synchronized void println(String line) {
        if (shown) {
            err.print("\r\033[K");
        }
        // a message may quote a waiver, a parameter or a pack's text: its control characters are shown, not run
        err.println(PrintableText.escape(line));
        err.flush();
    }

    private synchronized void show() {
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        err.print("\rparty-audit: " + phase + " … " + seconds + " s\033[K");
        err.flush();
        shown = true;
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (shown) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    /**
     * Java 17 has no isatty for stderr: on Linux /proc tells where fd 2 goes; elsewhere a console
     * (stdin and stdout both terminals) is the best guess.
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd2 = Path.of("/proc/self/fd/2");
            if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // fall through to the console
        }
        return System.console() != null;
    }
}
