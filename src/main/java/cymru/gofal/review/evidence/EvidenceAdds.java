package cymru.gofal.review.evidence;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** One entry for adding any kind of evidence, shared by the pages and the API (which check the same way). */
@Component
class EvidenceAdds {

    /** An uploaded file as the web layer hands it over (null for kinds without one). */
    record Upload(String name, long size, byte[] bytes) {
    }

    private final Evidence evidence;
    private final EvidenceFreezer freezer;

    EvidenceAdds(Evidence evidence, EvidenceFreezer freezer) {
        this.evidence = evidence;
        this.freezer = freezer;
    }

    Evidence.Added add(long reviewId, EvidenceKind kind, Map<String, String> fields, List<String> areas, Upload upload) {
        return switch (kind) {
            case INDICATOR -> freezer.freezeIndicator(reviewId, fields, areas);
            case CASE_FILE -> freezer.addCaseFile(reviewId, fields, areas);
            case INTERVIEW, FOCUS_GROUP -> evidence.addNote(reviewId, kind.name(), fields, areas);
            case SURVEY -> evidence.addSurvey(reviewId, fields, areas);
            case DOCUMENT -> evidence.addDocument(reviewId, fields, areas, upload == null ? null : upload.name(),
                    upload == null ? 0 : upload.size(), upload == null ? null : upload.bytes());
        };
    }
}
