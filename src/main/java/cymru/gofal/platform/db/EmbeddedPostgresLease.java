package cymru.gofal.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One application context's use of an embedded server. Contexts in one JVM that name the same data
 * directory (the cached contexts of a test run) share one server; it stops when the last lease is
 * released, which Spring does after the web server and the connection pool have closed.
 */
final class EmbeddedPostgresLease {

    private static final Map<Path, Shared> SERVERS = new HashMap<>();

    private final Path key;
    private final EmbeddedPostgres.ConnectionInfo info;
    private boolean released;

    private EmbeddedPostgresLease(Path key, EmbeddedPostgres.ConnectionInfo info) {
        this.key = key;
        this.info = info;
    }

    static synchronized EmbeddedPostgresLease acquire(Path dataDir, int port, boolean durable, boolean resetOnStart) {
        Path key = dataDir.toAbsolutePath().normalize();
        Shared shared = SERVERS.get(key);
        if (shared == null) {
            if (resetOnStart) {
                reset(key, port, durable);
            }
            EmbeddedPostgres server = new EmbeddedPostgres(key, port, durable);
            EmbeddedPostgres.ConnectionInfo info = server.start();
            shared = new Shared(server, info);
            SERVERS.put(key, shared);
        }
        shared.leases++;
        return new EmbeddedPostgresLease(key, shared.info);
    }

    /** Stops a server a killed earlier run may have left on this directory, then deletes the directory. */
    private static void reset(Path key, int port, boolean durable) {
        EmbeddedPostgres leftover = new EmbeddedPostgres(key, port, durable);
        if (java.nio.file.Files.exists(key.resolve("postgres").resolve("postmaster.pid"))) {
            leftover.start();
            if (!leftover.ownsServer()) {
                throw new IllegalStateException("Will not reset " + key + ": another running process is using its "
                        + "PostgreSQL server. Stop it first, or use another gofal.data-dir.");
            }
            leftover.close();
        }
        try {
            FileTree.deleteRecursively(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reset " + key, e);
        }
    }

    EmbeddedPostgres.ConnectionInfo info() {
        return info;
    }

    synchronized void release() {
        synchronized (EmbeddedPostgresLease.class) {
            if (released) {
                return;
            }
            released = true;
            Shared shared = SERVERS.get(key);
            if (shared != null && --shared.leases == 0) {
                SERVERS.remove(key);
                shared.server.close();
            }
        }
    }

    private static final class Shared {
        final EmbeddedPostgres server;
        final EmbeddedPostgres.ConnectionInfo info;
        int leases;

        Shared(EmbeddedPostgres server, EmbeddedPostgres.ConnectionInfo info) {
            this.server = server;
            this.info = info;
        }
    }
}
