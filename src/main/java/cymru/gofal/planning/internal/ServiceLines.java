package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.casework.Cases;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.services.Offer;
import cymru.gofal.services.ServiceType;
import cymru.gofal.services.Services;

/**
 * The services and actions meeting a plan's outcomes. A planned line is chosen from the catalogue: a service type,
 * then a provider's offer running today, whose unit, unit cost and sector are copied onto the line (a later price
 * change does not rewrite the plan). A line that cannot be provided is recorded UNMET with an unmet_need row (reason,
 * since); it is later met (an offer chosen: PLANNED, the unmet need resolved MET) or no longer needed.
 */
@Service
public class ServiceLines {

    static final BigDecimal MAX_UNITS = new BigDecimal("1000");
    static final String UNMET = "UNMET";

    private final JdbcClient jdbc;
    private final PlanEdits edits;
    private final PlanStore store;
    private final Services services;
    private final Cases cases;
    private final PlanReference reference;
    private final AuditLog audit;
    private final Clock clock;

    ServiceLines(JdbcClient jdbc, PlanEdits edits, PlanStore store, Services services, Cases cases, PlanReference reference,
            AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.edits = edits;
        this.store = store;
        this.services = services;
        this.cases = cases;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A service line as typed. offerId: the id of an offer, or UNMET (or blank with an unmet reason) when the service
     * cannot be provided; unmetSince: the day it was found it could not be (default today).
     */
    public record ServiceInput(String outcomeId, String serviceType, String offerId, String unitsPerWeek, String startOn,
            String endOn, String unmetReason, String unmetSince, String unmetNote) {

        boolean unmet() {
            return UNMET.equals(offerId) || (offerId == null || offerId.isBlank()) && unmetReason != null && !unmetReason.isBlank();
        }
    }

    /** The service types open to the plan's case (its service area), in catalogue order. */
    @PreAuthorize(PlanAccess.READ)
    @Transactional
    public List<ServiceType> typesFor(Plan plan) {
        String area = cases.find(plan.caseId()).map(c -> c.serviceArea()).orElse("ALL");
        return services.types().stream().filter(t -> "ALL".equals(area) || t.forArea(area)).toList();
    }

    /** @throws Refused naming each bad field */
    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public long add(long planId, int version, ServiceInput in) {
        Plan plan = edits.at(planId, version);
        LocalDate today = Dates.today(clock);
        List<FormError> errors = new ArrayList<>();
        Long outcome = Inputs.id("outcomeId", in.outcomeId(), true, "planning.outcomeId", errors);
        if (outcome != null && store.outcomes(planId).stream().noneMatch(o -> o.id() == outcome)) {
            errors.add(new FormError("outcomeId", "planning.outcomeId.required"));
        }
        ServiceType type = typesFor(plan).stream().filter(t -> t.code().equals(in.serviceType())).findFirst().orElse(null);
        if (type == null) {
            errors.add(new FormError("serviceType", "planning.serviceType.required"));
        }
        Offer offer = null;
        if (!in.unmet()) {
            offer = offer(in.offerId(), type, today, errors);
        } else if (!PlanReference.has(reference.unmetReasons(), in.unmetReason())) {
            errors.add(new FormError("unmetReason", "planning.unmetReason.required"));
        }
        BigDecimal units = Inputs.amount("unitsPerWeek", in.unitsPerWeek(), MAX_UNITS, "planning.unitsPerWeek", errors);
        LocalDate start = Inputs.date("startOn", in.startOn(), true, "planning.startOn", errors);
        LocalDate end = Inputs.date("endOn", in.endOn(), false, "planning.endOn", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FormError("endOn", "planning.endOn.beforeStart"));
        }
        LocalDate since = null;
        String note = null;
        if (in.unmet()) {
            since = in.unmetSince() == null || in.unmetSince().isBlank() ? today
                    : Inputs.pastDate("unmetSince", in.unmetSince(), "planning.unmetSince", today, errors);
            note = FormText.optional("unmetNote", in.unmetNote(), 2000, "planning.unmetNote", errors);
        }
        Refused.throwIfAny(errors);
        store.bump(planId, version);
        long id = jdbc.sql("""
                INSERT INTO plan_service (plan_id, outcome_id, service_type, provider_id, provider_service_id, in_house, unit,
                    units_per_week, unit_cost, start_on, end_on, status)
                VALUES (:p, :o, :type, :provider, :offer, :inHouse, :unit, :units, :cost, :start, :end, :status) RETURNING id""")
                .param("p", planId).param("o", outcome).param("type", type.code())
                .param("provider", offer == null ? null : offer.providerId()).param("offer", offer == null ? null : offer.id())
                .param("inHouse", offer == null ? null : offer.inHouse()).param("unit", offer == null ? type.defaultUnit() : offer.unit())
                .param("units", units).param("cost", offer == null ? BigDecimal.ZERO : offer.unitCost()).param("start", start)
                .param("end", end).param("status", offer == null ? UNMET : "PLANNED").query(Long.class).single();
        if (offer == null) {
            jdbc.sql("""
                    INSERT INTO unmet_need (authority_id, plan_id, plan_service_id, service_type, units_per_week, reason, note,
                        unmet_since, recorded_by)
                    VALUES (:a, :p, :s, :type, :units, :reason, :note, :since, :by)""")
                    .param("a", plan.authorityId()).param("p", planId).param("s", id).param("type", type.code()).param("units", units)
                    .param("reason", in.unmetReason()).param("note", note).param("since", since).param("by", CurrentUser.username())
                    .update();
        }
        changed(plan, offer == null ? "unmet service recorded" : "service planned");
        return id;
    }

    /** An unmet service is now provided: the offer chosen (running on the day met) is copied on, and the need resolved MET. */
    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public void meet(long planId, int version, long serviceId, String offerId, String metOn) {
        Plan plan = edits.at(planId, version);
        Lines.Service line = unmetLine(planId, serviceId);
        LocalDate today = Dates.today(clock);
        List<FormError> errors = new ArrayList<>();
        LocalDate met = Inputs.pastDate("metOn", metOn, "planning.metOn", today, errors);
        if (met != null && met.isBefore(line.unmetSince())) {
            errors.add(new FormError("metOn", "planning.metOn.beforeUnmet"));
        }
        ServiceType type = services.types().stream().filter(t -> t.code().equals(line.serviceType())).findFirst().orElseThrow();
        Offer offer = offer(offerId, type, met == null ? today : met, errors);
        Refused.throwIfAny(errors);
        store.bump(planId, version);
        jdbc.sql("""
                UPDATE plan_service SET status = 'PLANNED', provider_id = :provider, provider_service_id = :offer, in_house = :inHouse,
                       unit = :unit, unit_cost = :cost, start_on = greatest(start_on, :met),
                       end_on = CASE WHEN end_on < greatest(start_on, :met) THEN greatest(start_on, :met) ELSE end_on END
                 WHERE id = :id""").param("provider", offer.providerId()).param("offer", offer.id()).param("inHouse", offer.inHouse())
                .param("unit", offer.unit()).param("cost", offer.unitCost()).param("met", met).param("id", serviceId).update();
        resolve(line, met, "MET");
        changed(plan, "unmet service met");
    }

    /** An unmet service is no longer needed: the need is resolved and the line leaves the plan (the unmet_need row stays). */
    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public void noLongerNeeded(long planId, int version, long serviceId) {
        Plan plan = edits.at(planId, version);
        Lines.Service line = unmetLine(planId, serviceId);
        store.bump(planId, version);
        resolve(line, Dates.today(clock), "NO_LONGER_NEEDED");
        jdbc.sql("DELETE FROM plan_service WHERE id = :id").param("id", serviceId).update();
        changed(plan, "unmet service no longer needed");
    }

    /** Removes a planned service line from the live plan (agreed versions keep it in their snapshot). */
    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public void remove(long planId, int version, long serviceId) {
        Plan plan = edits.at(planId, version);
        Lines.Service line = store.services(planId).stream().filter(s -> s.id() == serviceId).findFirst()
                .orElseThrow(() -> Refused.of("plan", "planning.line.missing"));
        if (!line.planned()) {
            throw Refused.of("plan", "planning.service.unmetRemove");
        }
        store.bump(planId, version);
        jdbc.sql("DELETE FROM plan_service WHERE id = :id").param("id", serviceId).update();
        changed(plan, "service removed");
    }

    private Lines.Service unmetLine(long planId, long serviceId) {
        return store.services(planId).stream().filter(s -> s.id() == serviceId && !s.planned() && s.unmetNeedId() != null).findFirst()
                .orElseThrow(() -> Refused.of("plan", "planning.line.missing"));
    }

    private void resolve(Lines.Service line, LocalDate on, String resolution) {
        jdbc.sql("UPDATE unmet_need SET resolved_on = greatest(:on, unmet_since), resolution = :r WHERE id = :id")
                .param("on", on).param("r", resolution).param("id", line.unmetNeedId()).update();
    }

    /** The council's offer of the type, running on the day; null (with an error) otherwise. */
    private Offer offer(String offerId, ServiceType type, LocalDate day, List<FormError> errors) {
        Long id = Inputs.id("offerId", offerId, true, "planning.offerId", errors);
        if (id == null || type == null) {
            return null;
        }
        Offer offer = services.offer(id).orElse(null);
        if (offer == null || !offer.serviceType().equals(type.code()) || !offer.runsOn(day)) {
            errors.add(new FormError("offerId", "planning.offerId.notRunning"));
            return null;
        }
        return offer;
    }

    private void changed(Plan plan, String why) {
        audit.record(AuditEntry.of(AuditAction.UPDATE, "care_plan", plan.id()).aboutPerson(plan.personId()).because(why));
    }
}
