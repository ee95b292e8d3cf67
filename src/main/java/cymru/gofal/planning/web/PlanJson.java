package cymru.gofal.planning.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cymru.gofal.planning.internal.DirectPaymentRow;
import cymru.gofal.planning.internal.Lines;
import cymru.gofal.planning.internal.PlanFile;
import cymru.gofal.planning.internal.VersionRow;

/** A plan as the API answers it: the plan, its live content with costs today, its agreed versions and direct payments. */
record PlanJson(long id, long personId, long caseId, Long assessmentId, String kind, Long caredForPersonId, String status,
        int version, int agreedVersions, boolean changed, LocalDate firstAgreedOn, LocalDate reviewOn, LocalDate nextReview,
        LocalDate endedOn, String endReason, BigDecimal weeklyCost, BigDecimal annualCost, List<Lines.Outcome> outcomes,
        List<Service> services, List<Lines.Support> support, List<Lines.Risk> risks, List<Version> versions,
        List<DirectPaymentRow> directPayments) {

    /** A service line with its weekly cost; unmet* describe its open unmet need. */
    record Service(long id, Long outcomeId, String serviceType, Long providerId, String providerName, Long offerId, Boolean inHouse,
            String unit, BigDecimal unitsPerWeek, BigDecimal unitCost, BigDecimal weeklyCost, LocalDate startOn, LocalDate endOn,
            String status, String unmetReason, LocalDate unmetSince, String unmetNote) {

        static Service of(Lines.Service s) {
            return new Service(s.id(), s.outcomeId(), s.serviceType(), s.providerId(), s.providerName(), s.providerServiceId(),
                    s.inHouse(), s.unit(), s.unitsPerWeek(), s.unitCost(), s.planned() ? s.weeklyCost() : BigDecimal.ZERO.setScale(2),
                    s.startOn(), s.endOn(), s.status(), s.unmetReason(), s.unmetSince(), s.unmetNote());
        }
    }

    record Version(int number, LocalDate agreedOn, boolean byPerson, boolean byCarer, boolean byAdvocate, String advocateName,
            String note, BigDecimal weeklyCost, BigDecimal annualCost, LocalDate reviewOn, String recordedBy) {

        static Version of(VersionRow v) {
            return new Version(v.number(), v.agreedOn(), v.byPerson(), v.byCarer(), v.byAdvocate(), v.advocateName(), v.note(),
                    v.weeklyCost(), v.annualCost(), v.reviewOn(), v.recordedBy());
        }
    }

    static PlanJson of(PlanFile f) {
        var p = f.plan();
        return new PlanJson(p.id(), p.personId(), p.caseId(), p.assessmentId(), p.kind(), p.caredForPersonId(), p.status(),
                p.version(), p.agreedVersions(), p.changed(), p.firstAgreedOn(), p.reviewOn(), f.nextReview(), p.endedOn(),
                p.endReason(), f.weeklyCost(), f.annualCost(), f.outcomes(), f.services().stream().map(Service::of).toList(),
                f.support(), f.risks(), f.versions().stream().map(Version::of).toList(), f.payments());
    }
}
