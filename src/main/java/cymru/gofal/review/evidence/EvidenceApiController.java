package cymru.gofal.review.evidence;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.NotFoundException;

/**
 * JSON API of a review's evidence: GET the list (filters area id and kind code), GET one item, POST an item per kind
 * (/api/joint-reviews/{id}/evidence/{kind}, kind as in the pages' URLs: indicator, case-file, interview, focus-group,
 * survey; the same fields as the forms, areas a list of area ids) or a document (multipart: file, title, areas).
 * Problems as RFC 9457 problem details: 400 naming every bad field, 404, 403, 409 when the review is published.
 */
@RestController
@RequestMapping(path = "/api/joint-reviews/{id}/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
class EvidenceApiController {

    private final Evidence evidence;
    private final EvidenceAdds adds;
    private final ApiParams params;
    private final MessageSource messages;

    EvidenceApiController(Evidence evidence, EvidenceAdds adds, ApiParams params, MessageSource messages) {
        this.evidence = evidence;
        this.adds = adds;
        this.params = params;
        this.messages = messages;
    }

    @PreAuthorize(EvidenceAccess.READ)
    @GetMapping
    List<EvidenceItem> list(@PathVariable long id, @RequestParam(required = false) Long area, @RequestParam(required = false) String kind) {
        return evidence.list(id, area, EvidenceKind.ofCode(kind).map(Enum::name).orElse(null));
    }

    @PreAuthorize(EvidenceAccess.READ)
    @GetMapping("/{evidenceId:\\d+}")
    EvidenceItem one(@PathVariable long id, @PathVariable long evidenceId) {
        return evidence.find(id, evidenceId).orElseThrow(() -> Evidence.notFound(evidenceId));
    }

    @PreAuthorize(EvidenceAccess.WRITE)
    @PostMapping(path = "/{kind:[a-z-]+}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EvidenceItem> add(@PathVariable long id, @PathVariable String kind, @RequestBody Map<String, Object> body, Locale locale) {
        EvidenceKind k = EvidenceKind.ofSlug(kind).filter(x -> x != EvidenceKind.DOCUMENT)
                .orElseThrow(() -> new NotFoundException("No kind " + kind));
        Map<String, String> fields = new HashMap<>();
        List<String> areas = List.of();
        for (var e : body.entrySet()) {
            if ("areas".equals(e.getKey()) && e.getValue() instanceof List<?> list) {
                areas = list.stream().map(String::valueOf).toList();
            } else if ("answers".equals(e.getKey()) && e.getValue() instanceof Map<?, ?> answers) {
                answers.forEach((q, a) -> fields.put("answer." + q, String.valueOf(a)));
            } else if (e.getValue() != null && !(e.getValue() instanceof Map) && !(e.getValue() instanceof List)) {
                fields.put(e.getKey(), String.valueOf(e.getValue()));
            }
        }
        return created(id, adds.add(id, k, fields, areas, null), locale);
    }

    @PreAuthorize(EvidenceAccess.WRITE)
    @PostMapping(path = "/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceItem> document(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) List<String> areas, @RequestParam(required = false) MultipartFile file, Locale locale) throws IOException {
        var upload = file == null ? null : new EvidenceAdds.Upload(file.getOriginalFilename(), file.getSize(),
                file.getSize() > DocumentFiles.MAX_BYTES ? new byte[0] : file.getBytes());
        Map<String, String> fields = new HashMap<>();
        if (title != null) {
            fields.put("title", title);
        }
        return created(id, adds.add(id, EvidenceKind.DOCUMENT, fields, areas == null ? List.of() : areas, upload), locale);
    }

    private ResponseEntity<EvidenceItem> created(long id, Evidence.Added added, Locale locale) {
        if (added.id() == null) {
            params.refuse(added.errors(), locale);
        }
        EvidenceItem item = evidence.find(id, added.id()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/joint-reviews/" + id + "/evidence/" + item.id())).body(item);
    }

    @ExceptionHandler(ReviewContexts.ReadOnlyReviewException.class)
    ResponseEntity<ProblemDetail> published(HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("review.evidence.error.published", null, locale));
        problem.setTitle(messages.getMessage("review.evidence.problem.published", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
