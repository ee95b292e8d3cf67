package cymru.gofal.review.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import cymru.gofal.platform.web.FormError;

class DocumentChecksTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static String refusal(String name, long size, byte[] bytes) {
        List<FormError> errors = new ArrayList<>();
        DocumentFiles.Checked c = DocumentFiles.check(name, size, bytes, errors);
        return c == null ? errors.get(0).messageKey() : null;
    }

    @Test
    void aPdfAndAWordDocumentAreAcceptedWithTheTypeTheirContentProves() throws IOException {
        List<FormError> errors = new ArrayList<>();
        assertThat(DocumentFiles.check("Plan.PDF", PDF.length, PDF, errors).contentType()).isEqualTo(DocumentFiles.PDF);
        byte[] docx = zip("word/document.xml");
        assertThat(DocumentFiles.check("C:\\Users\\x\\Report.docx", docx.length, docx, errors).fileName()).isEqualTo("Report.docx");
        assertThat(errors).isEmpty();
    }

    @Test
    void otherExtensionsAreRefused() {
        assertThat(refusal("script.html", PDF.length, PDF)).isEqualTo("review.evidence.error.file.type");
        assertThat(refusal("report.doc", PDF.length, PDF)).isEqualTo("review.evidence.error.file.type");
        assertThat(refusal("report\u202Efdp.exe", PDF.length, PDF)).isEqualTo("review.evidence.error.file.type");
    }

    @Test
    void aFakePdfOrAZipThatIsNotWordIsRefusedByContent() throws IOException {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal("fake.pdf", html.length, html)).isEqualTo("review.evidence.error.file.content");
        byte[] xlsx = zip("xl/workbook.xml");
        assertThat(refusal("sheet.docx", xlsx.length, xlsx)).isEqualTo("review.evidence.error.file.content");
        assertThat(refusal("pdf-named.docx", PDF.length, PDF)).isEqualTo("review.evidence.error.file.content");
    }

    @Test
    void anEmptyOrTooBigFileIsRefused() {
        assertThat(refusal("empty.pdf", 0, new byte[0])).isEqualTo("review.evidence.error.file.required");
        assertThat(refusal("big.pdf", DocumentFiles.MAX_BYTES + 1, new byte[0])).isEqualTo("review.evidence.error.file.tooBig");
    }

    @Test
    void theShaIsOfTheBytes() {
        assertThat(DocumentFiles.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
