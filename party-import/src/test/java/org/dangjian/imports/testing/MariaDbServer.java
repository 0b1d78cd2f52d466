package org.dangjian.imports.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real MariaDB server for tests (Debian's {@code mariadb-server}): started once per test JVM on
 * a free loopback port with a throw-away data directory, stopped and deleted when the tests end.
 * A server binary that is not installed fails the tests loudly (CI must really run them), unless
 * {@code -Dparty.mariadb=skip} says to skip them.
 *
 * <pre>{@code
 * @ExtendWith(MariaDbServer.class)
 * class MyTest {
 *     @Test void t() throws Exception { String url = MariaDbServer.get().createDatabase("d"); ... }
 * }
 * }</pre>
 */
public final class MariaDbServer implements BeforeAllCallback {

    /** The user tests connect as, with a password, as a real deployment would. */
    public static final String USER = "auditor";
    public static final String PASSWORD = "审计-secret-1";

    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if ("skip".equals(System.getProperty("party.mariadb"))) {
            Assumptions.abort("MariaDB tests skipped: -Dparty.mariadb=skip");
        }
        synchronized (MariaDbServer.class) {
            if (running == null) {
                running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .getOrComputeIfAbsent(Running.class, k -> start(), Running.class);
            }
        }
    }

    /** The server the tests of this JVM share. */
    public static Running get() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(MariaDbServer.class)");
        }
        return running;
    }

    private static Running start() {
        try {
            return Running.start();
        } catch (IOException | InterruptedException | SQLException e) {
            throw new IllegalStateException("MariaDB could not be started: " + e.getMessage(), e);
        }
    }

    /** A started server; closed (stopped, its directory deleted) when the test run ends. */
    public static final class Running implements ExtensionContext.Store.CloseableResource {
        private final Path dir;
        private final Process process;
        private final int port;

        private Running(Path dir, Process process, int port) {
            this.dir = dir;
            this.process = process;
            this.port = port;
        }

        static Running start() throws IOException, InterruptedException, SQLException {
            Path server = binary("mariadbd", "mysqld");
            Path install = binary("mariadb-install-db", "mysql_install_db");
            Path dir = Files.createTempDirectory("party-mariadb");
            Path data = dir.resolve("data");
            boolean root = "root".equals(System.getProperty("user.name"));
            List<String> installCmd = new ArrayList<>(List.of(install.toString(), "--no-defaults", "--datadir=" + data,
                    "--auth-root-authentication-method=normal", "--skip-test-db"));
            if (root) {
                installCmd.add("--user=root");
            }
            run(installCmd, dir.resolve("install.log"));
            int port = freePort();
            List<String> cmd = new ArrayList<>(List.of(server.toString(), "--no-defaults", "--datadir=" + data,
                    "--socket=" + dir.resolve("mysqld.sock"), "--port=" + port, "--bind-address=127.0.0.1",
                    "--skip-log-bin", "--innodb-buffer-pool-size=32M", "--character-set-server=utf8mb4",
                    "--collation-server=utf8mb4_bin", "--log-error=" + dir.resolve("error.log"),
                    "--pid-file=" + dir.resolve("mysqld.pid")));
            if (root) {
                cmd.add("--user=root");
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile()).start();
            Running r = new Running(dir, p, port);
            r.awaitReady(Duration.ofSeconds(60));
            try (Connection c = DriverManager.getConnection(r.url(""), "root", "");
                 Statement st = c.createStatement()) {
                st.execute("CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + PASSWORD + "'");
                st.execute("GRANT ALL ON *.* TO '" + USER + "'@'127.0.0.1'");
            }
            return r;
        }

        private static Path binary(String... names) {
            for (String n : names) {
                for (String dir : List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")) {
                    Path p = Path.of(dir, n);
                    if (Files.isExecutable(p)) {
                        return p;
                    }
                }
            }
            throw new IllegalStateException("MariaDB is not installed (" + String.join(" or ", names)
                    + " not found): apt-get install -y mariadb-server, or run with -Dparty.mariadb=skip to skip "
                    + "the database tests deliberately.");
        }

        private static void run(List<String> cmd, Path log) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + " failed:\n" + Files.readString(log));
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            }
        }

        private void awaitReady(Duration limit) throws IOException, InterruptedException, SQLException {
            long end = System.nanoTime() + limit.toNanos();
            SQLException last = null;
            while (System.nanoTime() < end) {
                if (!process.isAlive()) {
                    throw new IOException("mariadbd stopped:\n" + log());
                }
                try (Connection c = DriverManager.getConnection(url(""), "root", "")) {
                    return;
                } catch (SQLException e) {
                    last = e;
                    Thread.sleep(200);
                }
            }
            close();
            throw new IOException("mariadbd was not ready within " + limit.toSeconds() + " s:\n" + log(), last);
        }

        private String log() throws IOException {
            Path err = dir.resolve("error.log");
            return Files.exists(err) ? Files.readString(err) : "(no error log)";
        }

        /** The JDBC URL of {@code database} on this server. */
        public String url(String database) {
            return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
        }

        /** Creates an empty database (dropping one of that name) and returns its URL. */
        public String createDatabase(String name) throws SQLException {
            try (Connection c = DriverManager.getConnection(url(""), USER, PASSWORD);
                 Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS `" + name + "`");
                st.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
            return url(name);
        }

        @Override
        public void close() throws IOException {
            process.destroy(); // SIGTERM: mariadbd shuts down cleanly
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
