package cymru.gofal.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server that Gofal starts itself from the zonky binaries, keeping its cluster in
 * {@code <dataDir>/postgres} so that a restart keeps every record.
 *
 * <p>PostgreSQL refuses to run as root. When the JVM is root, {@code initdb}, {@code pg_ctl} and the server
 * run as {@code nobody} through {@code runuser} (no user namespaces needed), and the cluster directory is
 * owned by that user. The server listens on 127.0.0.1 only, with no Unix socket, and asks for passwords
 * (scram-sha-256); the generated passwords live in {@code <dataDir>/credentials.properties}, readable by the
 * JVM's user only.
 *
 * <p>A server already running on the same cluster is never started twice. If the process that started it
 * is gone (a JVM that was killed), this one adopts it and stops it with the application; if that process is
 * still running (a command run beside the application), the server is used and left to that process.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    static final String SERVICE_USER = "nobody";

    private final Path dataDir;
    private final Path clusterDir;
    private final int requestedPort;
    private final boolean durable;
    private final ProcessRunner runner;
    private Path binDir;
    private int port;
    /** True only when this process started the server: only then does {@link #close()} stop it. */
    private boolean startedHere;

    public EmbeddedPostgres(Path dataDir, int requestedPort, boolean durable) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.clusterDir = this.dataDir.resolve("postgres");
        this.requestedPort = requestedPort;
        this.durable = durable;
        this.runner = new ProcessRunner(isRoot() ? SERVICE_USER : null);
    }

    /** Starts (or reuses) the server and answers the credentials to reach it. */
    public synchronized ConnectionInfo start() {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            binDir = PostgresBinaries.install(Path.of(System.getProperty("java.io.tmpdir"))).resolve("bin");
            Credentials credentials = Credentials.loadOrCreate(dataDir.resolve("credentials.properties"));
            if (!Files.exists(clusterDir.resolve("PG_VERSION"))) {
                initCluster(credentials);
            }
            Integer existing = runningPort();
            if (existing != null && reachable(existing)) {
                port = existing;
                if (ownerAlive()) {
                    log.warn("Using the PostgreSQL server another running process started on {} (port {}); that "
                            + "process will stop it", clusterDir, port);
                } else {
                    log.info("Adopting the PostgreSQL server a stopped process left running on {} (port {})", clusterDir, port);
                    startedHere = true;
                    writeOwner();
                }
            } else {
                if (existing != null) {
                    log.warn("Removing a stale postmaster.pid in {}: its process does not answer as PostgreSQL", clusterDir);
                    Files.deleteIfExists(clusterDir.resolve("postmaster.pid"));
                }
                port = requestedPort > 0 ? requestedPort : freePort();
                startServer();
                startedHere = true;
                writeOwner();
            }
            ConnectionInfo info = new ConnectionInfo("127.0.0.1", port, credentials);
            try {
                new ClusterBootstrap(info).ensureDatabaseAndRoles();
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            log.info("Embedded PostgreSQL ready on 127.0.0.1:{} with data in {} ({} ms)", port, clusterDir,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return info;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDir, e);
        }
    }

    private void initCluster(Credentials credentials) throws IOException {
        log.info("Creating a new PostgreSQL cluster in {}", clusterDir);
        if (Files.isDirectory(clusterDir)) {
            try (var entries = Files.list(clusterDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(clusterDir + " holds files but no PostgreSQL cluster (no PG_VERSION): "
                            + "move them away, or point gofal.data-dir elsewhere");
                }
            }
        }
        Files.createDirectories(clusterDir);
        Path pwFile = dataDir.resolve(".initdb-password");
        Files.deleteIfExists(pwFile);
        Files.createFile(pwFile, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(pwFile, credentials.superuserPassword());
        try {
            if (isRoot()) {
                ServiceUser.ensureReachable(clusterDir);
                ServiceUser.giveTo(clusterDir);
                ServiceUser.giveTo(pwFile);
            }
            runner.run(List.of(binDir.resolve("initdb").toString(), "-D", clusterDir.toString(),
                    "-U", Credentials.SUPERUSER, "--pwfile=" + pwFile, "--auth=scram-sha-256",
                    "--encoding=UTF8", "--no-locale", "--no-instructions"), Map.of(), 120);
        } finally {
            Files.deleteIfExists(pwFile);
        }
    }

    private void startServer() throws IOException {
        if (isRoot()) {
            ServiceUser.ensureReachable(clusterDir);
        }
        List<String> options = new ArrayList<>(List.of("-p", String.valueOf(port), "-h", "127.0.0.1",
                "-c", "unix_socket_directories=", "-c", "max_connections=100", "-c", "shared_buffers=128MB"));
        if (!durable) {
            options.addAll(List.of("-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
        }
        runner.run(List.of(binDir.resolve("pg_ctl").toString(), "-D", clusterDir.toString(),
                "-l", clusterDir.resolve("server.log").toString(), "-o", String.join(" ", options.stream()
                        .map(o -> o.endsWith("=") ? o + "''" : o).toList()),
                "-w", "-t", "90", "start"), Map.of(), 120);
    }

    /** Answers the port of a server already running on this cluster, or null. */
    private Integer runningPort() throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return null;
        }
        int status = runner.exitCode(List.of(binDir.resolve("pg_ctl").toString(), "-D", clusterDir.toString(), "status"));
        if (status != 0) {
            return null;
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.size() > 3 ? Integer.valueOf(lines.get(3).trim()) : null;
    }

    /** Records this JVM as the one that will stop the server. */
    private void writeOwner() throws IOException {
        Files.writeString(dataDir.resolve("owner.pid"), String.valueOf(ProcessHandle.current().pid()));
    }

    /** Whether the process that started the running server is still alive (and is not this one). */
    private boolean ownerAlive() {
        try {
            long pid = Long.parseLong(Files.readString(dataDir.resolve("owner.pid")).strip());
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** Whether a PostgreSQL server answers on the port (a stale pid file may name an unrelated process). */
    private static boolean reachable(int port) {
        for (int attempt = 0; attempt < 10; attempt++) {
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return true;
            } catch (IOException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Stops the server if this process started it (fast shutdown, waiting until the cluster is consistent on
     * disk). A server this process only reused is left to the process that started it.
     */
    @Override
    public synchronized void close() {
        if (!startedHere) {
            return;
        }
        startedHere = false;
        try {
            runner.run(List.of(binDir.resolve("pg_ctl").toString(), "-D", clusterDir.toString(), "-m", "fast",
                    "-w", "-t", "60", "stop"), Map.of(), 90);
            log.info("Embedded PostgreSQL stopped ({})", clusterDir);
        } catch (RuntimeException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    /** Whether this process started (or adopted) the server, and so will stop it. */
    public synchronized boolean ownsServer() {
        return startedHere;
    }

    public Path clusterDir() {
        return clusterDir;
    }

    static boolean isRoot() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Where the server listens and the passwords of its three roles. */
    public record ConnectionInfo(String host, int port, Credentials credentials) {
        /**
         * The JDBC URL, with timeouts so that a stalled server cannot hold a request for ever: 2 s to connect,
         * at most {@value #SOCKET_TIMEOUT_SECONDS} s waiting for any one answer, and TCP keep-alive.
         */
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?connectTimeout=2&loginTimeout=5&socketTimeout="
                    + SOCKET_TIMEOUT_SECONDS + "&tcpKeepAlive=true";
        }

        static final int SOCKET_TIMEOUT_SECONDS = 15;
    }
}
