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
 * <p>A server already running on the same cluster (left behind by a JVM that was killed) is reused rather
 * than started twice, and stopped with the application.
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
    private boolean running;

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
            if (existing != null) {
                port = existing;
                log.info("Reusing the PostgreSQL server already running on {} (port {})", clusterDir, port);
            } else {
                port = requestedPort > 0 ? requestedPort : freePort();
                startServer();
            }
            running = true;
            ConnectionInfo info = new ConnectionInfo("127.0.0.1", port, credentials);
            new ClusterBootstrap(info).ensureDatabaseAndRoles();
            log.info("Embedded PostgreSQL ready on 127.0.0.1:{} with data in {} ({} ms)", port, clusterDir,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return info;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDir, e);
        }
    }

    private void initCluster(Credentials credentials) throws IOException {
        log.info("Creating a new PostgreSQL cluster in {}", clusterDir);
        FileTree.deleteRecursively(clusterDir);
        Files.createDirectories(clusterDir);
        Path pwFile = dataDir.resolve(".initdb-password");
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

    /** Stops the server: fast shutdown, waiting until the cluster is consistent on disk. */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            runner.run(List.of(binDir.resolve("pg_ctl").toString(), "-D", clusterDir.toString(), "-m", "fast",
                    "-w", "-t", "60", "stop"), Map.of(), 90);
            log.info("Embedded PostgreSQL stopped ({})", clusterDir);
        } catch (RuntimeException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    public boolean isRunning() {
        return running;
    }

    public Path clusterDir() {
        return clusterDir;
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Where the server listens and the passwords of its three roles. */
    public record ConnectionInfo(String host, int port, Credentials credentials) {
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }
}
