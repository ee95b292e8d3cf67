package cymru.gofal.review;

import org.junit.jupiter.api.Test;

import cymru.gofal.review.internal.ReviewStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** A review's status moves forward one step at a time; content is read-only from publication on. */
class ReviewStatusTest {

    @Test
    void movesOnlyToTheNextStatus() {
        assertThat(ReviewStatus.PLANNING.canMoveTo(ReviewStatus.FIELDWORK)).isTrue();
        assertThat(ReviewStatus.PLANNING.canMoveTo(ReviewStatus.PUBLISHED)).isFalse();
        assertThat(ReviewStatus.JUDGEMENT.canMoveTo(ReviewStatus.FIELDWORK)).isFalse();
        assertThat(ReviewStatus.PUBLISHED.canMoveTo(ReviewStatus.FOLLOW_UP)).isTrue();
        assertThat(ReviewStatus.FOLLOW_UP.next()).isEmpty();
    }

    @Test
    void contentIsEditableOnlyBeforePublication() {
        assertThat(ReviewStatus.JUDGEMENT.contentEditable()).isTrue();
        assertThat(ReviewStatus.PUBLISHED.contentEditable()).isFalse();
        assertThat(ReviewStatus.FOLLOW_UP.contentEditable()).isFalse();
    }
}
