package cymru.gofal.review.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One evidence item of a review, tagged to one or more areas (ids of the review's framework). Exactly one of the
 * kind's parts is filled: {@code indicator} (INDICATOR), {@code caseFile} (CASE_FILE), {@code note} (INTERVIEW,
 * FOCUS_GROUP), {@code survey} (SURVEY) or {@code document} (DOCUMENT); the others are null.
 */
public record EvidenceItem(long id, long reviewId, String kind, List<Long> areaIds, String createdBy, Instant createdAt,
        Indicator indicator, CaseFile caseFile, Note note, Survey survey, Document document) {

    /** An indicator's figure frozen at {@code frozenAt}, as performance's IndicatorFigures gave it then. */
    public record Indicator(String code, LocalDate periodFrom, LocalDate periodTo, long numerator, Long denominator,
            BigDecimal value, BigDecimal target, String status, String comparisonGroup, Integer benchmarkYear,
            BigDecimal benchmarkMedian, Integer rank, Integer of, Integer quartile, Instant frozenAt) {

        /** The live indicator's page. */
        public String liveLink() {
            return "/performance/indicator?code=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A reading of a sampled case: grade (review_case_grade code) and answers by question code (YES, NO, NOT_APPLICABLE). */
    public record CaseFile(long sampleId, long caseId, long personId, String readBy, LocalDate readOn, String grade,
            Map<String, String> answers, String notes) {
    }

    /** Interview or focus group notes: who, their role or organisation, when. */
    public record Note(String who, String roleOrganisation, LocalDate heldOn, String notes) {
    }

    public record Survey(String title, int respondents, String question, BigDecimal resultPercent) {
    }

    /** An uploaded PDF or DOCX; the file itself is served only by the item's download link. */
    public record Document(String title, String fileName, String contentType, long sizeBytes, String sha256) {
    }
}
