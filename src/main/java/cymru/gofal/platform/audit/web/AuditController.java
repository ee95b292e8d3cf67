package cymru.gofal.platform.audit.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.audit.AuditChainVerifier;
import cymru.gofal.platform.audit.AuditRecord;
import cymru.gofal.platform.audit.AuditSearch;

/** The ADMIN's audit log page: search by person, user and date; check the hash chain. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    static final int PAGE_LIMIT = 200;
    private final AuditSearch search;
    private final AuditChainVerifier verifier;

    AuditController(AuditSearch search, AuditChainVerifier verifier) {
        this.search = search;
        this.verifier = verifier;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping
    String page(@ModelAttribute("form") AuditSearchForm form, Model model) {
        AuditSearchForm.Parsed parsed = form.parse();
        model.addAttribute("errors", parsed.errors());
        if (parsed.errors().isEmpty() && form.submitted()) {
            List<AuditRecord> rows = search.searchAudited(parsed.criteria(), PAGE_LIMIT);
            model.addAttribute("rows", rows);
            model.addAttribute("limit", PAGE_LIMIT);
        }
        return "platform/audit";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", verifier.verify());
        return "redirect:/admin/audit";
    }
}
