package cymru.gofal.services.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.StaleVersionException;
import cymru.gofal.services.Services;
import cymru.gofal.services.internal.CatalogueAccess;
import cymru.gofal.services.internal.CatalogueChanges;
import cymru.gofal.services.internal.CatalogueInvalid;
import cymru.gofal.services.internal.Providers;

/**
 * The service catalogue pages: service types and providers with their current offers (everyone signed in), and the
 * forms that change them (administrators and finance officers), POST-redirect-GET. Each change names the provider's
 * version the page showed, so a second editor is told rather than overwriting; what they typed comes back.
 */
@Controller
class CataloguePagesController {

    private final Services services;
    private final Providers providers;
    private final CatalogueChanges changes;
    private final Clock clock;

    CataloguePagesController(Services services, Providers providers, CatalogueChanges changes, Clock clock) {
        this.services = services;
        this.providers = providers;
        this.changes = changes;
        this.clock = clock;
    }

    @PreAuthorize(CatalogueAccess.READ)
    @GetMapping("/services")
    String index(Model model) {
        model.addAttribute("types", services.types());
        model.addAttribute("units", services.units());
        model.addAttribute("providers", providers.all());
        model.addAttribute("today", Dates.today(clock));
        names(model);
        defaults(model);
        return "services/index";
    }

    @PreAuthorize(CatalogueAccess.READ)
    @GetMapping("/services/providers/{id}")
    String provider(@PathVariable long id, Model model) {
        model.addAttribute("p", providers.require(id));
        model.addAttribute("types", services.types());
        model.addAttribute("units", services.units());
        model.addAttribute("today", Dates.today(clock));
        model.addAttribute("todayText", FormDates.format(Dates.today(clock)));
        names(model);
        defaults(model);
        return "services/provider";
    }

    @PreAuthorize(CatalogueAccess.EDIT)
    @PostMapping("/services/providers")
    String addProvider(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            long id = changes.addProvider(form.get("name"), form.get("inHouse"));
            redirect.addFlashAttribute("saved", "services.saved.provider");
            return "redirect:/services/providers/" + id;
        } catch (CatalogueInvalid e) {
            redirect.addFlashAttribute("errors", e.errors());
            redirect.addFlashAttribute("form", form);
            return "redirect:/services#add-provider";
        }
    }

    @PreAuthorize(CatalogueAccess.EDIT)
    @PostMapping("/services/providers/{id}/offers")
    String addOffer(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "serviceType", "", "services.saved.offer", redirect, v -> changes.addOffer(id, v, new CatalogueChanges.NewOffer(
                form.get("serviceType"), form.get("unit"), form.get("unitCost"), form.get("capacity"), form.get("fromDate"), form.get("toDate"))));
    }

    @PreAuthorize(CatalogueAccess.EDIT)
    @PostMapping("/services/providers/{id}/offers/{offerId}/price")
    String price(@PathVariable long id, @PathVariable long offerId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "unitCost", "-" + offerId, "services.saved.price", redirect,
                v -> changes.changePrice(id, v, offerId, form.get("unitCost"), form.get("fromDate")));
    }

    @PreAuthorize(CatalogueAccess.EDIT)
    @PostMapping("/services/providers/{id}/offers/{offerId}/capacity")
    String capacity(@PathVariable long id, @PathVariable long offerId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return act(id, form, "capacity", "-" + offerId, "services.saved.capacity", redirect,
                v -> changes.setCapacity(id, v, offerId, form.get("capacity")));
    }

    @PreAuthorize(CatalogueAccess.EDIT)
    @PostMapping("/services/providers/{id}/active")
    String active(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        boolean active = "true".equals(form.get("active"));
        return act(id, form, "active", "", active ? "services.saved.active" : "services.saved.inactive", redirect,
                v -> changes.update(id, v, null, active));
    }

    /**
     * A change from the provider version the page showed. A form repeated per offer has field ids ending in the offer's
     * id ({@code suffix}), so the errors name those, for the summary to link to the form that was sent.
     */
    private String act(long id, Map<String, String> form, String firstField, String suffix, String saved, RedirectAttributes redirect,
            IntConsumer change) {
        String v = form.get("version");
        try {
            if (v == null || !v.matches("\\d{1,9}")) {
                throw new StaleVersionException("No version");
            }
            change.accept(Integer.parseInt(v));
            redirect.addFlashAttribute("saved", saved);
        } catch (CatalogueInvalid e) {
            redirect.addFlashAttribute("errors", e.errors().stream().map(f -> new FormError(f.field() + suffix, f.messageKey(), f.args())).toList());
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("formFor", suffix);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("errors", List.of(new FormError(firstField + suffix, "services.error.stale")));
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("formFor", suffix);
        }
        return "redirect:/services/providers/" + id;
    }

    private void names(Model model) {
        model.addAttribute("typeNames", services.types().stream().collect(java.util.stream.Collectors.toMap(t -> t.code(), t -> t)));
        model.addAttribute("unitNames", services.units().stream().collect(java.util.stream.Collectors.toMap(u -> u.code(), u -> u)));
    }

    private static void defaults(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        if (!model.containsAttribute("formFor")) {
            model.addAttribute("formFor", null);
        }
    }
}
