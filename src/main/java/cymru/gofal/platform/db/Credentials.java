package cymru.gofal.platform.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The generated passwords of the embedded cluster's three roles: the superuser (bootstrap only), the
 * owner that runs the Flyway migrations, and the application role, which has only the rights the
 * migrations grant it (for example INSERT but never UPDATE or DELETE on the audit log).
 */
public record Credentials(String superuserPassword, String ownerPassword, String appPassword) {

    static final String SUPERUSER = "postgres";
    public static final String OWNER = "gofal_owner";
    public static final String APP = "gofal_app";
    public static final String DATABASE = "gofal";

    static Credentials loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                Properties props = new Properties();
                try (Reader reader = Files.newBufferedReader(file)) {
                    props.load(reader);
                }
                return new Credentials(props.getProperty("superuser"), props.getProperty("owner"), props.getProperty("app"));
            }
            Credentials created = new Credentials(random(), random(), random());
            Properties props = new Properties();
            props.setProperty("superuser", created.superuserPassword);
            props.setProperty("owner", created.ownerPassword);
            props.setProperty("app", created.appPassword);
            // Written whole to a private temporary file, then moved into place: a crash never leaves half a file.
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(tmp)) {
                props.store(writer, "Embedded PostgreSQL passwords for Gofal; keep private");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "Credentials[hidden]";
    }
}
