package cymru.gofal.review.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.web.FormError;

/**
 * Uploaded evidence documents (quality bar S6): PDF or DOCX only, checked by extension AND content (a PDF starts
 * {@code %PDF-}; a DOCX is a zip whose entries include {@code word/}), at most {@link #MAX_BYTES}; stored outside
 * the web root under {@code gofal.data-dir}/review-evidence with a random name, never the uploaded one; the sha-256
 * is kept with the item. Served only through the evidence download, as an attachment.
 */
@Component
class DocumentFiles {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String STORED = "[0-9a-f]{32}\\.(pdf|docx)";

    private final Path dir;

    DocumentFiles(@Value("${gofal.data-dir:./data}") Path dataDir) {
        this.dir = dataDir.resolve("review-evidence");
    }

    /** A checked upload: the content type its content proves. */
    record Checked(String fileName, String contentType, byte[] bytes) {
    }

    /** Checks an upload; null (with an error on field {@code file}) when refused. */
    static Checked check(String originalName, long size, byte[] bytes, List<FormError> errors) {
        String key = EvidenceForm.KEY + "file.";
        if (bytes == null || size <= 0) {
            errors.add(new FormError("file", key + "required"));
            return null;
        }
        if (size > MAX_BYTES || bytes.length > MAX_BYTES) {
            errors.add(new FormError("file", key + "tooBig", MAX_BYTES / 1024 / 1024));
            return null;
        }
        String name = originalName == null ? "" : Path.of(originalName.replace('\\', '/')).getFileName().toString().strip();
        String lower = name.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".pdf") ? PDF : lower.endsWith(".docx") ? DOCX : null;
        if (type == null || name.length() > 200 || name.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT)) {
            errors.add(new FormError("file", key + "type"));
            return null;
        }
        boolean content = type.equals(PDF) ? isPdf(bytes) : isDocx(bytes);
        if (!content) {
            errors.add(new FormError("file", key + "content"));
            return null;
        }
        return new Checked(name, type, bytes);
    }

    static boolean isPdf(byte[] b) {
        return b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
    }

    /** A zip (local file header PK\3\4) with at least one entry under word/, as every Word document has. */
    static boolean isDocx(byte[] b) {
        if (b.length < 4 || b[0] != 'P' || b[1] != 'K' || b[2] != 3 || b[3] != 4) {
            return false;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("word/")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the file under a new random name (written whole, then moved into place); answers that name. */
    String store(Checked file) {
        String stored = UUID.randomUUID().toString().replace("-", "") + (file.contentType().equals(PDF) ? ".pdf" : ".docx");
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "upload", ".part");
            Files.write(temp, file.bytes());
            Files.move(temp, dir.resolve(stored), StandardCopyOption.ATOMIC_MOVE);
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a stored file whose item was not saved. */
    void discard(String stored) {
        try {
            Files.deleteIfExists(path(stored));
        } catch (IOException e) {
            // nothing more to do: an orphan file holds no reference to any record
        }
    }

    byte[] read(String stored) {
        try {
            return Files.readAllBytes(path(stored));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String stored) {
        if (stored == null || !stored.matches(STORED)) {
            throw new IllegalArgumentException("Not a stored evidence file name");
        }
        return dir.resolve(stored);
    }
}
