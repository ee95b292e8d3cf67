package cymru.gofal.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File ownership for the unprivileged user that runs PostgreSQL when the JVM is root. The server must own
 * its cluster directory, and must be able to traverse every directory above it.
 */
final class ServiceUser {

    private static final Logger log = LoggerFactory.getLogger(ServiceUser.class);

    private ServiceUser() {
    }

    /** Gives {@code path} (and, for a directory, its whole tree) to the service user, private to it. */
    static void giveTo(Path path) throws IOException {
        var lookup = path.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(EmbeddedPostgres.SERVICE_USER);
        GroupPrincipal group = lookup.lookupPrincipalByGroupName("nogroup");
        try (var paths = Files.walk(path)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class);
                view.setOwner(user);
                view.setGroup(group);
            }
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
    }

    /**
     * Makes every directory above {@code path} traversable (execute only, never readable) by other users,
     * saying so in the log for each one it had to change.
     */
    static void ensureReachable(Path path) throws IOException {
        for (Path dir = path.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                perms.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(dir, perms);
                log.warn("Made {} traversable (o+x) so that PostgreSQL, running as {}, can reach its data", dir,
                        EmbeddedPostgres.SERVICE_USER);
            }
        }
    }
}
