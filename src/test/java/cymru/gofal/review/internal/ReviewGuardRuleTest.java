package cymru.gofal.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cymru.gofal.platform.security.Role;
import cymru.gofal.review.internal.ReviewGuard.Change;

/** The one rule of who changes a review (pages, API and evidence all ask it). */
class ReviewGuardRuleTest {

    @Test
    void onlyReviewersOnAnInspectionsTeamChangeItsContent() {
        assertThat(ReviewGuard.may(Change.CONTENT, "INSPECTION", Role.REVIEWER, "REVIEWER")).isTrue();
        assertThat(ReviewGuard.may(Change.CONTENT, "INSPECTION", Role.REVIEWER, "LEAD_REVIEWER")).isTrue();
        assertThat(ReviewGuard.may(Change.CONTENT, "INSPECTION", Role.REVIEWER, null)).isFalse();
        assertThat(ReviewGuard.may(Change.CONTENT, "INSPECTION", Role.SENIOR_MANAGER, "REVIEWER")).isFalse();
        assertThat(ReviewGuard.may(Change.CONTENT, "INSPECTION", Role.SENIOR_MANAGER, null)).isFalse();
        assertThat(ReviewGuard.may(Change.CONTENT, "INSPECTION", Role.QA_OFFICER, "REVIEWER")).isFalse();
    }

    @Test
    void onlyAnInspectionsLeadReviewerChangesItsTeamAndStatus() {
        for (Change c : new Change[] {Change.TEAM, Change.STATUS}) {
            assertThat(ReviewGuard.may(c, "INSPECTION", Role.REVIEWER, "LEAD_REVIEWER")).isTrue();
            assertThat(ReviewGuard.may(c, "INSPECTION", Role.REVIEWER, "REVIEWER")).isFalse();
            assertThat(ReviewGuard.may(c, "INSPECTION", Role.REVIEWER, null)).isFalse();
            assertThat(ReviewGuard.may(c, "INSPECTION", Role.SENIOR_MANAGER, "LEAD_REVIEWER")).isFalse();
        }
    }

    @Test
    void aSelfAssessmentIsTheCouncilsOwnAndItsStatusMovesByASeniorManager() {
        assertThat(ReviewGuard.may(Change.CONTENT, "SELF_ASSESSMENT", Role.SENIOR_MANAGER, null)).isTrue();
        assertThat(ReviewGuard.may(Change.CONTENT, "SELF_ASSESSMENT", Role.QA_OFFICER, null)).isTrue();
        assertThat(ReviewGuard.may(Change.CONTENT, "SELF_ASSESSMENT", Role.REVIEWER, "REVIEWER")).isTrue();
        assertThat(ReviewGuard.may(Change.CONTENT, "SELF_ASSESSMENT", Role.REVIEWER, null)).isFalse();
        assertThat(ReviewGuard.may(Change.STATUS, "SELF_ASSESSMENT", Role.SENIOR_MANAGER, null)).isTrue();
        assertThat(ReviewGuard.may(Change.STATUS, "SELF_ASSESSMENT", Role.QA_OFFICER, "LEAD_REVIEWER")).isFalse();
        assertThat(ReviewGuard.may(Change.TEAM, "SELF_ASSESSMENT", Role.SENIOR_MANAGER, null)).isTrue();
        assertThat(ReviewGuard.may(Change.TEAM, "SELF_ASSESSMENT", Role.REVIEWER, "LEAD_REVIEWER")).isFalse();
    }

    @Test
    void reviewersStartInspectionsAndTheCouncilStartsSelfAssessments() {
        assertThat(ReviewGuard.mayCreate("INSPECTION", Role.REVIEWER)).isTrue();
        assertThat(ReviewGuard.mayCreate("INSPECTION", Role.SENIOR_MANAGER)).isFalse();
        assertThat(ReviewGuard.mayCreate("SELF_ASSESSMENT", Role.QA_OFFICER)).isTrue();
        assertThat(ReviewGuard.mayCreate("SELF_ASSESSMENT", Role.REVIEWER)).isFalse();
    }
}
