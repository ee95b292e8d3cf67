package cymru.gofal.platform.authority.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.platform.authority.Council;
import cymru.gofal.platform.authority.Councils;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.Versions;

/**
 * The signed-in user's council, and (ADMIN) its regime. Shows the API's optimistic locking: GET answers an
 * ETag; PUT must send it back in If-Match (428 without, 412 when stale).
 */
@RestController
@RequestMapping("/api/council")
@Tag(name = "Council", description = "The council and its statutory regime")
class CouncilApiController {

    private final Councils councils;
    private final TimescaleRules rules;
    private final ApiParams params;

    CouncilApiController(Councils councils, TimescaleRules rules, ApiParams params) {
        this.councils = councils;
        this.rules = rules;
        this.params = params;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping
    @Operation(summary = "The signed-in user's council, with its version as ETag")
    ResponseEntity<Council> get() {
        Council council = councils.require(CurrentUser.get().orElseThrow().authorityId());
        return ResponseEntity.ok().eTag(Versions.etag(council.version())).body(council);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PutMapping("/regime")
    @Operation(summary = "Change the council's regime (If-Match required)")
    ResponseEntity<Council> changeRegime(@Parameter(description = "ETag from GET /api/council")
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody RegimeChange change, Locale locale) {
        long id = CurrentUser.get().orElseThrow().authorityId();
        if (rules.regime(change.regime().strip()).isEmpty()) {
            throw params.bad("regime", "api.error.regime", locale, change.regime());
        }
        int version = Versions.requireCurrent(ifMatch, councils.require(id).version());
        councils.changeRegime(id, change.regime().strip(), version);
        Council updated = councils.require(id);
        return ResponseEntity.ok().eTag(Versions.etag(updated.version())).body(updated);
    }

    /** The body of a regime change. */
    record RegimeChange(@NotBlank @Size(max = 40) String regime) {
    }
}
