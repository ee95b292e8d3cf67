package cymru.gofal.review.evidence;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of evidence (review_evidence.kind) and their URL names. */
public enum EvidenceKind {
    INDICATOR("indicator"), CASE_FILE("case-file"), INTERVIEW("interview"), FOCUS_GROUP("focus-group"), SURVEY("survey"),
    DOCUMENT("document");

    final String slug;

    EvidenceKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    static Optional<EvidenceKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    static Optional<EvidenceKind> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
