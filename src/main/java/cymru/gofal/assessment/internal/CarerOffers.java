package cymru.gofal.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;

import static cymru.gofal.platform.calendar.EnglandAndWalesHolidays.FIRST_YEAR;
import static cymru.gofal.platform.calendar.EnglandAndWalesHolidays.LAST_YEAR;

/**
 * Carers' assessments offered from an assessment to a carer of its person (SCA/018a), and the carer's answer:
 * accepting opens a carer's assessment whose clock starts that day; declining needs the reason. Offers are kept
 * whatever the answer, for the indicators.
 */
@Service
public class CarerOffers {

    private static final String SELECT = """
            SELECT id, assessment_id, cared_for_person_id, carer_person_id, offered_on, offered_by, response, responded_on,
                   decline_reason, carer_assessment_id, version FROM carer_offer""";

    private final JdbcClient jdbc;
    private final Visible visible;
    private final AssessmentStore store;
    private final People people;
    private final Opening opening;
    private final AuditLog audit;
    private final Clock clock;

    CarerOffers(JdbcClient jdbc, Visible visible, AssessmentStore store, People people, Opening opening, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.visible = visible;
        this.store = store;
        this.people = people;
        this.opening = opening;
        this.audit = audit;
        this.clock = clock;
    }

    /** Offers a carer's assessment to {@code carerId} (a person the user may see, not the person assessed). */
    @PreAuthorize(Access.WRITE)
    @Transactional
    public long offer(long assessmentId, Integer version, String carerId, String offeredOn) {
        Assessment a = visible.require(assessmentId);
        List<FormError> errors = new ArrayList<>();
        Long carer = carerId != null && carerId.strip().matches("\\d{1,18}") ? Long.valueOf(carerId.strip()) : null;
        if (carer == null || carer == a.personId() || people.find(carer).isEmpty()) {
            errors.add(new FormError("carerId", "assessment.carer.error.required"));
        } else if (jdbc.sql("SELECT count(*) FROM carer_offer WHERE assessment_id = :a AND carer_person_id = :c AND response IS NULL")
                .param("a", a.id()).param("c", carer).query(Integer.class).single() > 0) {
            errors.add(new FormError("carerId", "assessment.carer.error.pending"));
        }
        LocalDate on = FormDates.parse("offeredOn", offeredOn, true, "assessment.offeredOn.error", FIRST_YEAR, LAST_YEAR, errors);
        if (on != null && on.isAfter(today())) {
            errors.add(new FormError("offeredOn", "assessment.offeredOn.error.future"));
        }
        InvalidInput.throwIfAny(errors);
        store.update(a.id(), version == null ? a.version() : version, CurrentUser.username(), Map.of());
        long id = jdbc.sql("""
                INSERT INTO carer_offer (authority_id, assessment_id, cared_for_person_id, carer_person_id, offered_on, offered_by)
                VALUES (:authority, :a, :caredFor, :carer, :on, :by) RETURNING id""").param("authority", a.authorityId())
                .param("a", a.id()).param("caredFor", a.personId()).param("carer", carer).param("on", on)
                .param("by", CurrentUser.username()).query(Long.class).single();
        audit.record(AuditEntry.of(AuditAction.CREATE, "carer_offer", id).aboutPerson(carer));
        return id;
    }

    /**
     * Records the carer's answer to an offer from its {@code version}: ACCEPTED opens the carer's assessment (in the
     * team of the assessment it was offered from), DECLINED needs the reason. Answers the carer's assessment id, or null.
     */
    @PreAuthorize(Access.WRITE)
    @Transactional
    public Long respond(long offerId, int version, String response, String respondedOn, String reason) {
        OfferRow offer = jdbc.sql(SELECT + " WHERE id = :id").param("id", offerId).query(OfferRow.class).optional()
                .orElseThrow(() -> new NotFoundException("No offer " + offerId));
        Assessment a = visible.require(offer.assessmentId());
        if (people.find(offer.carerPersonId()).isEmpty()) {
            throw new NotFoundException("No offer " + offerId);
        }
        List<FormError> errors = new ArrayList<>();
        if (offer.response() != null) {
            throw InvalidInput.of("response", "assessment.response.error.already");
        }
        boolean accepted = "ACCEPTED".equals(response);
        if (!accepted && !"DECLINED".equals(response)) {
            errors.add(new FormError("response", "assessment.response.error.required"));
        }
        LocalDate on = FormDates.parse("respondedOn", respondedOn, true, "assessment.respondedOn.error", FIRST_YEAR, LAST_YEAR, errors);
        if (on != null && (on.isBefore(offer.offeredOn()) || on.isAfter(today()))) {
            errors.add(new FormError("respondedOn", "assessment.respondedOn.error.window"));
        }
        String why = "DECLINED".equals(response) ? FormText.required("declineReason", reason, 2000, "assessment.declineReason.error", errors) : null;
        InvalidInput.throwIfAny(errors);
        Long carerAssessment = accepted ? opening.forCarer(a.authorityId(), offer.carerPersonId(), a.teamId(), on) : null;
        int updated = jdbc.sql("""
                UPDATE carer_offer SET response = :response, responded_on = :on, responded_by = :by, decline_reason = :why,
                       carer_assessment_id = :carerAssessment, version = version + 1
                 WHERE id = :id AND version = :version""").param("response", response).param("on", on)
                .param("by", CurrentUser.username()).param("why", why).param("carerAssessment", carerAssessment)
                .param("id", offerId).param("version", version).update();
        if (updated != 1) {
            throw new StaleVersionException("Offer " + offerId + " is no longer at version " + version);
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "carer_offer", offerId).aboutPerson(offer.carerPersonId()));
        return carerAssessment;
    }

    /** Offers made from an assessment (not audited: for callers that audit their own read). */
    List<OfferRow> ofAssessment(long assessmentId) {
        return jdbc.sql(SELECT + " WHERE assessment_id = :a ORDER BY offered_on, id").param("a", assessmentId).query(OfferRow.class).list();
    }

    /** Offers to or about a person (not audited). */
    List<OfferRow> ofPerson(long authorityId, long personId) {
        return jdbc.sql(SELECT + " WHERE authority_id = :authority AND (carer_person_id = :p OR cared_for_person_id = :p) ORDER BY offered_on DESC, id DESC")
                .param("authority", authorityId).param("p", personId).query(OfferRow.class).list();
    }

    private LocalDate today() {
        return Dates.today(clock);
    }
}
