package cymru.gofal.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import cymru.gofal.assessment.AssessmentSummary;
import cymru.gofal.assessment.Assessments;

/**
 * What a manager may open a case from: the person's completed assessments, and their accepted referrals. Intake publishes no
 * reads of referrals, but every accepted referral opened an assessment, so the referrals are those the person's assessments
 * came from (read through the {@link Assessments} facade, visible and audited).
 */
@Component
public class CaseSources {

    /**
     * A source: kind ASSESSMENT or REFERRAL, with its id; {@code value} is what forms send ({@code ASSESSMENT:12}).
     *
     * @param assessment the assessment (for a referral, the one it opened)
     */
    public record Source(String kind, long id, AssessmentSummary assessment) {

        public String value() {
            return kind + ":" + id;
        }

        public Long referralId() {
            return "REFERRAL".equals(kind) ? Long.valueOf(id) : assessment.referralId();
        }

        public Long assessmentId() {
            return "ASSESSMENT".equals(kind) ? Long.valueOf(id) : null;
        }

        public String typeName(Locale locale) {
            return assessment.typeName(locale);
        }

        public LocalDate day() {
            return "ASSESSMENT".equals(kind) ? assessment.completedOn() : assessment.clockStart();
        }
    }

    private final Assessments assessments;

    CaseSources(Assessments assessments) {
        this.assessments = assessments;
    }

    /** Completed assessments first (newest first), then the referrals. */
    public List<Source> of(long personId) {
        List<AssessmentSummary> all = assessments.ofPerson(personId);
        List<Source> sources = new ArrayList<>();
        all.stream().filter(AssessmentSummary::completed).forEach(a -> sources.add(new Source("ASSESSMENT", a.id(), a)));
        Set<Long> referrals = new LinkedHashSet<>();
        for (AssessmentSummary a : all) {
            if (a.referralId() != null && referrals.add(a.referralId())) {
                sources.add(new Source("REFERRAL", a.referralId(), a));
            }
        }
        return sources;
    }
}
