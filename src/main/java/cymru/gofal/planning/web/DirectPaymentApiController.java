package cymru.gofal.planning.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.planning.internal.DirectPaymentRow;
import cymru.gofal.planning.internal.DirectPayments;
import cymru.gofal.planning.internal.PlanAccess;
import cymru.gofal.planning.internal.PlanReads;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.Versions;

/**
 * Direct payments on a plan: offer, then accept or decline. A decision needs If-Match with the direct payment's own
 * ETag (428 without, 412 when someone decided it meanwhile); bad input is a 400 naming each field.
 */
@RestController
@Tag(name = "Direct payments", description = "Direct payments offered on plans: accepted or declined with the barriers")
@RequestMapping(path = "/api/plans/{id}/direct-payments", produces = MediaType.APPLICATION_JSON_VALUE)
class DirectPaymentApiController {

    private final DirectPayments payments;
    private final PlanReads reads;

    DirectPaymentApiController(DirectPayments payments, PlanReads reads) {
        this.payments = payments;
        this.reads = reads;
    }

    record Offer(String offeredOn) {
    }

    @Operation(summary = "Record that a direct payment was offered (ISO date)")
    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DirectPaymentRow> offer(@PathVariable long id, @RequestBody Offer body) {
        long dp = payments.offer(id, body.offeredOn());
        DirectPaymentRow row = find(id, dp);
        return ResponseEntity.created(URI.create("/api/plans/" + id + "/direct-payments/" + dp)).eTag(Versions.etag(row.version())).body(row);
    }

    @Operation(summary = "The plan's direct payments, newest first")
    @PreAuthorize(PlanAccess.READ)
    @GetMapping
    List<DirectPaymentRow> list(@PathVariable long id) {
        return reads.view(id).payments();
    }

    /** ACCEPTED needs weeklyAmount, managedBy, startOn (reviewOn optional); DECLINED needs declineReason (barriers optional). */
    record Decision(String decision, String decidedOn, BigDecimal weeklyAmount, String managedBy, String startOn, String reviewOn,
            String declineReason, List<String> barriers) {
    }

    @Operation(summary = "Accept or decline an offered direct payment (If-Match with the direct payment's ETag required)")
    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping(path = "/{paymentId}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    public ResponseEntity<DirectPaymentRow> decide(@PathVariable long id, @PathVariable long paymentId, @RequestBody Decision body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        int version = Versions.requireCurrent(ifMatch, find(id, paymentId).version());
        payments.decide(id, paymentId, version, new DirectPayments.DecisionInput(body.decision(), body.decidedOn(),
                body.weeklyAmount() == null ? null : body.weeklyAmount().toPlainString(), body.managedBy(), body.startOn(),
                body.reviewOn(), body.declineReason(), body.barriers()));
        DirectPaymentRow row = find(id, paymentId);
        return ResponseEntity.ok().eTag(Versions.etag(row.version())).body(row);
    }

    private DirectPaymentRow find(long planId, long paymentId) {
        return reads.view(planId).payments().stream().filter(d -> d.id() == paymentId).findFirst()
                .orElseThrow(() -> new NotFoundException("No direct payment " + paymentId));
    }
}
