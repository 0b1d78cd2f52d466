package org.dangjian.rules.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium, headless, for the tests of the HTML pages: it loads a page from a file and
 * dumps its DOM after the page's script ran. Without chromium a test is skipped on a developer's
 * machine and fails in CI (CI=true), where .ci/run installs it.
 */
public final class HeadlessBrowser {

    private final String browser;

    private HeadlessBrowser(String browser) {
        this.browser = browser;
    }

    /** The browser, or the test skipped (failed in CI) when there is none. */
    public static HeadlessBrowser required() {
        Optional<String> found = find();
        if (found.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("chromium is not installed: CI must test the HTML report in a browser");
        }
        Assumptions.assumeTrue(found.isPresent(), "chromium is not installed: the browser test is skipped");
        return new HeadlessBrowser(found.get());
    }

    /** The page's DOM after its script ran, as chromium dumps it; {@code tmp} holds a throw-away profile. */
    public String dump(Path page, String hash, Path tmp) throws Exception {
        Path profile = Files.createTempDirectory(tmp, "profile");
        List<String> cmd = List.of(browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=2000", "--dump-dom",
                page.toUri() + hash);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the process was killed: what was read is what there is
            }
        });
        reader.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 120 s");
        }
        reader.join(5000);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Optional<String> find() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }
}
