package cymru.gofal.review.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Part;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

/** The too-big rule of evidence uploads, without Spring: by Content-Length, or by the container's parse failure. */
class EvidenceUploadLimitTest {

    /** A chunked multipart request (no length) whose parts the container refused, as Tomcat does over the limits. */
    private static MockHttpServletRequest chunked(String failure) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/joint-reviews/1/evidence/document") {
            @Override
            public Collection<Part> getParts() {
                if (failure != null) {
                    throw new IllegalStateException(failure);
                }
                return Set.of();
            }
        };
        request.setContentType("multipart/form-data; boundary=x");
        return request;
    }

    @Test
    void aLengthOverTheLimitIsTooBigWithoutReadingTheBody() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/joint-reviews/1/evidence/document");
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[(int) EvidenceUploadLimit.LIMIT + 1]);
        assertThat(EvidenceUploadLimit.tooBig(request)).isTrue();
        request.setContent(new byte[(int) EvidenceUploadLimit.LIMIT]);
        assertThat(EvidenceUploadLimit.tooBig(request)).isFalse();
    }

    @Test
    void aChunkedBodyIsTooBigWhenTheContainerSaysASizeLimitWasExceeded() {
        assertThat(EvidenceUploadLimit.tooBig(chunked(
                "org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException: The field file exceeds its maximum permitted size of 20971520 bytes.")))
                .isTrue();
        assertThat(EvidenceUploadLimit.tooBig(chunked(
                "org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException: the request was rejected because its size (30000000) exceeds the configured maximum (26214400)")))
                .isTrue();
        assertThat(EvidenceUploadLimit.tooBig(chunked("Stream ended unexpectedly"))).isFalse();
        assertThat(EvidenceUploadLimit.tooBig(chunked(null))).isFalse();
    }

    @Test
    void theLimitLeavesRoomForEveryValidDocumentAndStaysUnderTheServletLimits() {
        assertThat(EvidenceUploadLimit.LIMIT).isGreaterThan(DocumentFiles.MAX_BYTES + 64 * 1024).isLessThan(20L * 1024 * 1024);
    }

    @Test
    void everyStoredCodeTheEvidencePagesShowHasWordsInBothLanguages() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasename("i18n/review-evidence");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        String[][] codes = {
                {"review.evidence.sample.area.", "ADULTS", "CHILDREN"},
                {"review.evidence.case.assessmentStatus.", "AWAITING_ALLOCATION", "ALLOCATED", "COMPLETED", "SIGNED_OFF"},
                {"review.evidence.case.planStatus.", "DRAFT", "AGREED", "ENDED"},
                {"review.evidence.case.reviewStatus.", "SCHEDULED", "HELD", "CANCELLED"}};
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("cy")}) {
            for (String[] list : codes) {
                for (int i = 1; i < list.length; i++) {
                    assertThat(bundle.getMessage(list[0] + list[i], null, null, locale)).as(list[0] + list[i]).isNotBlank().isNotEqualTo(list[i]);
                }
            }
        }
    }
}
