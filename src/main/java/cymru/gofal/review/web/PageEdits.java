package cymru.gofal.review.web;

import java.util.List;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.StaleVersionException;
import cymru.gofal.review.internal.ReviewRuleException;

/**
 * Runs a page's change after its form checks: a broken rule or a stale version (someone else changed the review
 * or framework since the page was shown) becomes an error in the GOV.UK summary, never a lost update.
 */
final class PageEdits {

    private PageEdits() {
    }

    static void run(List<FormError> errors, RedirectAttributes redirect, String savedKey, Runnable edit) {
        if (errors.isEmpty()) {
            try {
                edit.run();
                redirect.addFlashAttribute("saved", savedKey);
            } catch (ReviewRuleException e) {
                errors.add(new FormError(e.field(), e.messageKey()));
            } catch (StaleVersionException e) {
                errors.add(new FormError("version", "review.error.stale"));
            }
        }
        redirect.addFlashAttribute("errors", errors);
    }

    /** The version a form sent back; a missing or malformed one is treated as stale. */
    static int version(String value) {
        return value != null && value.matches("\\d{1,9}") ? Integer.parseInt(value) : -1;
    }
}
