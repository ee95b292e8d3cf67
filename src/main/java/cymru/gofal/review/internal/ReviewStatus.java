package cymru.gofal.review.internal;

import java.util.Optional;

/**
 * A review's status. It moves forward only, one step at a time; from PUBLISHED on its content is read-only.
 * Display names are message keys review.status.&lt;NAME&gt;.
 */
public enum ReviewStatus {
    PLANNING, FIELDWORK, JUDGEMENT, PUBLISHED, FOLLOW_UP;

    public Optional<ReviewStatus> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public boolean canMoveTo(ReviewStatus target) {
        return next().filter(target::equals).isPresent();
    }

    public boolean contentEditable() {
        return compareTo(PUBLISHED) < 0;
    }

    public static Optional<ReviewStatus> parse(String value) {
        for (ReviewStatus s : values()) {
            if (s.name().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
