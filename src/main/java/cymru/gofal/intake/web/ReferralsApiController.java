package cymru.gofal.intake.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.intake.internal.Decision;
import cymru.gofal.intake.internal.IntakeAccess;
import cymru.gofal.intake.internal.IntakeValidator;
import cymru.gofal.intake.internal.NewReferral;
import cymru.gofal.intake.internal.ReferralInput;
import cymru.gofal.intake.internal.ReferralRow;
import cymru.gofal.intake.internal.ReferralService;
import cymru.gofal.intake.internal.WaitingList;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.Versions;
import cymru.gofal.workforce.Workforce;

/**
 * Referrals over JSON: record, read (version as ETag), screen (If-Match required: 428 without, 412 when stale, 409
 * once decided) and the waiting list. Bad input is one 400 problem naming each field, with nothing changed.
 */
@RestController
@Tag(name = "Referrals", description = "Referrals: due dates, re-referrals, screening decisions and the waiting list")
@RequestMapping(path = "/api/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
class ReferralsApiController {

    private final ReferralService referrals;
    private final IntakeValidator validator;
    private final WaitingList waitingList;
    private final Workforce workforce;
    private final ApiParams errors;
    private final MessageSource messages;

    ReferralsApiController(ReferralService referrals, IntakeValidator validator, WaitingList waitingList, Workforce workforce,
            ApiParams errors, MessageSource messages) {
        this.referrals = referrals;
        this.validator = validator;
        this.waitingList = waitingList;
        this.workforce = workforce;
        this.errors = errors;
        this.messages = messages;
    }

    record NewReferralBody(Long personId, String source, String sourceDetail, String route, String priority, Boolean safeguarding,
            String reason, String receivedAt, Long screeningTeamId) {
    }

    @Operation(summary = "Record a referral; due dates come from the council's rules and calendar, re-referrals are flagged")
    @PreAuthorize(IntakeAccess.WRITE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReferralJson> create(@RequestBody NewReferralBody b, Locale locale) {
        List<FormError> problems = new ArrayList<>();
        Instant at = validator.receivedAt(b.receivedAt(), problems);
        NewReferral r = validator.referral(new ReferralInput(b.personId(), b.source(), b.sourceDetail(), b.route(), b.priority(),
                b.safeguarding(), b.reason(), b.screeningTeamId()), at, "receivedAt", problems);
        errors.refuse(problems, locale);
        long id = referrals.create(r, null);
        ReferralRow row = referrals.view(id).referral();
        return ResponseEntity.created(URI.create("/api/referrals/" + id)).eTag(Versions.etag(row.version())).body(ReferralJson.of(row));
    }

    @Operation(summary = "One referral, with its version as ETag")
    @PreAuthorize(IntakeAccess.READ)
    @GetMapping("/{id}")
    ResponseEntity<ReferralJson> get(@PathVariable long id) {
        ReferralRow row = referrals.view(id).referral();
        return ResponseEntity.ok().eTag(Versions.etag(row.version())).body(ReferralJson.of(row));
    }

    record DecisionBody(String outcome, String reason, Long assessmentTeamId, String signpostedTo) {
    }

    @Operation(summary = "Screen a referral once: ASSESSMENT (assessmentTeamId), INFORMATION_ADVICE, SIGNPOSTED (signpostedTo), "
            + "NO_FURTHER_ACTION or SAFEGUARDING (If-Match required)")
    @PreAuthorize(IntakeAccess.WRITE)
    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReferralJson> decide(@PathVariable long id, @RequestBody DecisionBody b,
            @Parameter(description = "ETag from GET /api/referrals/{id}") @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Locale locale) {
        List<FormError> problems = new ArrayList<>();
        Decision d = validator.decision(new Decision(b.outcome(), b.reason(), b.assessmentTeamId(), b.signpostedTo()), problems);
        errors.refuse(problems, locale);
        ReferralRow current = referrals.view(id).referral();
        if (current.decided()) {
            throw new ReferralService.AlreadyDecidedException(id);
        }
        ReferralRow decided = referrals.decide(id, Versions.requireCurrent(ifMatch, current.version()), d);
        return ResponseEntity.ok().eTag(Versions.etag(decided.version())).body(ReferralJson.of(decided));
    }

    /** One place on the waiting list. */
    record WaitingJson(int position, ReferralJson referral, int workingDaysWaited, long calendarDaysWaited, LocalDate due, String status) {
    }

    @Operation(summary = "The waiting list: referrals awaiting a decision (status=awaiting-decision), of one team or all")
    @PreAuthorize(IntakeAccess.READ)
    @GetMapping
    List<WaitingJson> list(@RequestParam(required = false) String status, @RequestParam(required = false) String team, Locale locale) {
        List<FormError> problems = new ArrayList<>();
        if (!"awaiting-decision".equals(status)) {
            problems.add(new FormError("status", "intake.error.status"));
        }
        Long teamId = null;
        if (team != null) {
            long council = CurrentUser.get().orElseThrow().authorityId();
            teamId = team.strip().matches("\\d{1,18}") ? Long.valueOf(team.strip()) : null;
            Long wanted = teamId;
            if (wanted == null || workforce.teams(council).stream().noneMatch(t -> t.id() == wanted)) {
                problems.add(new FormError("team", "intake.error.team"));
            }
        }
        errors.refuse(problems, locale);
        return waitingList.of(teamId).stream().map(e -> new WaitingJson(e.position(), ReferralJson.of(e.referral()), e.workingDaysWaited(),
                e.calendarDaysWaited(), e.due(), e.status())).toList();
    }

    @ExceptionHandler(ReferralService.AlreadyDecidedException.class)
    ResponseEntity<ProblemDetail> alreadyDecided(HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage("intake.api.decided", null, locale));
        problem.setTitle(messages.getMessage("intake.api.decided.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
