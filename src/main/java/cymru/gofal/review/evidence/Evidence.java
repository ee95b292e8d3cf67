package cymru.gofal.review.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.NotFoundException;

/**
 * A review's evidence: reading it (lists by area and kind, one item, a document's file) and adding notes, surveys
 * and documents; indicators and case files are added by {@link EvidenceFreezer}. Reads and writes of case-file
 * evidence (personal data) are audited, one row per item about its person; case files of people the user may not
 * see are absent. Adding returns the problems found (nothing saved) or the new item's id.
 */
@Service
public class Evidence {

    /** The outcome of an add: the new id, or the problems (nothing saved). */
    public record Added(Long id, List<FormError> errors) {
        static Added refused(List<FormError> errors) {
            return new Added(null, List.copyOf(errors));
        }
    }

    private final ReviewContexts contexts;
    private final EvidenceStore store;
    private final People people;
    private final AuditLog audit;
    private final DocumentFiles files;
    private final Clock clock;

    Evidence(ReviewContexts contexts, EvidenceStore store, People people, AuditLog audit, DocumentFiles files, Clock clock) {
        this.contexts = contexts;
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.files = files;
        this.clock = clock;
    }

    @PreAuthorize(EvidenceAccess.READ)
    @Transactional
    public List<EvidenceItem> list(long reviewId, Long areaId, String kind) {
        contexts.read(reviewId);
        List<EvidenceItem> items = store.list(reviewId, areaId, kind, people.visibility());
        items.forEach(this::auditRead);
        return items;
    }

    @PreAuthorize(EvidenceAccess.READ)
    @Transactional
    public Optional<EvidenceItem> find(long reviewId, long id) {
        contexts.read(reviewId);
        Optional<EvidenceItem> item = store.find(reviewId, id, people.visibility());
        item.ifPresent(this::auditRead);
        return item;
    }

    /** INTERVIEW or FOCUS_GROUP notes. */
    @PreAuthorize(EvidenceAccess.WRITE)
    @Transactional
    public Added addNote(long reviewId, String kind, Map<String, String> fields, List<String> areas) {
        if (!"INTERVIEW".equals(kind) && !"FOCUS_GROUP".equals(kind)) {
            throw new IllegalArgumentException("Not a note kind: " + kind);
        }
        var ctx = contexts.write(reviewId);
        EvidenceForm form = new EvidenceForm(fields, today());
        var columns = form.note();
        var areaIds = form.areas(areas, ctx.areaIds());
        return form.errors.isEmpty() ? new Added(store.insert(reviewId, ctx.authorityId(), kind, columns, areaIds, by()), List.of())
                : Added.refused(form.errors);
    }

    @PreAuthorize(EvidenceAccess.WRITE)
    @Transactional
    public Added addSurvey(long reviewId, Map<String, String> fields, List<String> areas) {
        var ctx = contexts.write(reviewId);
        EvidenceForm form = new EvidenceForm(fields, today());
        var columns = form.survey();
        var areaIds = form.areas(areas, ctx.areaIds());
        return form.errors.isEmpty() ? new Added(store.insert(reviewId, ctx.authorityId(), "SURVEY", columns, areaIds, by()), List.of())
                : Added.refused(form.errors);
    }

    /** A PDF or DOCX: checked by name and content and size before anything is stored. */
    @PreAuthorize(EvidenceAccess.WRITE)
    @Transactional
    public Added addDocument(long reviewId, Map<String, String> fields, List<String> areas, String fileName, long size, byte[] bytes) {
        var ctx = contexts.write(reviewId);
        EvidenceForm form = new EvidenceForm(fields, today());
        String title = form.title();
        var areaIds = form.areas(areas, ctx.areaIds());
        DocumentFiles.Checked file = DocumentFiles.check(fileName, size, bytes, form.errors);
        if (!form.errors.isEmpty()) {
            return Added.refused(form.errors);
        }
        String stored = files.store(file);
        try {
            Map<String, Object> columns = new java.util.LinkedHashMap<>();
            columns.put("title", title);
            columns.put("file_name", file.fileName());
            columns.put("stored_name", stored);
            columns.put("content_type", file.contentType());
            columns.put("size_bytes", (long) bytes.length);
            columns.put("sha256", DocumentFiles.sha256(bytes));
            return new Added(store.insert(reviewId, ctx.authorityId(), "DOCUMENT", columns, areaIds, by()), List.of());
        } catch (RuntimeException e) {
            files.discard(stored);
            throw e;
        }
    }

    /**
     * A document item and its bytes, for the download; empty when there is no such document in the review. Each
     * download is audited (EXPORT of the item): an uploaded document may hold personal data, and once downloaded it
     * leaves the system. The row is written in this read-write transaction, so a failed read leaves no row.
     */
    @PreAuthorize(EvidenceAccess.READ)
    @Transactional
    public Optional<Download> document(long reviewId, long id) {
        contexts.read(reviewId);
        Optional<Download> download = store.find(reviewId, id, people.visibility()).filter(i -> i.document() != null)
                .flatMap(i -> store.storedName(reviewId, id).map(s -> new Download(i.document(), files.read(s))));
        download.ifPresent(d -> audit.record(AuditEntry.of(AuditAction.EXPORT, "review_evidence", id)));
        return download;
    }

    public record Download(EvidenceItem.Document document, byte[] bytes) {
    }

    void auditRead(EvidenceItem item) {
        if (item.caseFile() != null) {
            audit.record(AuditEntry.of(AuditAction.READ, "review_evidence", item.id()).aboutPerson(item.caseFile().personId()));
        }
    }

    private LocalDate today() {
        return Dates.today(clock);
    }

    private static String by() {
        return cymru.gofal.platform.security.CurrentUser.username();
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("No evidence " + id);
    }
}
