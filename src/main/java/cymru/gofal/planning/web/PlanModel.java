package cymru.gofal.planning.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cymru.gofal.planning.internal.Named;
import cymru.gofal.planning.internal.PlanReference;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.services.ServiceType;
import cymru.gofal.services.ServiceUnit;
import cymru.gofal.services.Services;

/** The names plan pages show for codes (service types, units, reference lists), as maps code to row in list order. */
@Component
class PlanModel {

    private final Services services;
    private final PlanReference reference;

    PlanModel(Services services, PlanReference reference) {
        this.services = services;
        this.reference = reference;
    }

    void names(Model model) {
        model.addAttribute("types", byCode(services.types(), ServiceType::code));
        model.addAttribute("units", byCode(services.units(), ServiceUnit::code));
        model.addAttribute("reasons", byCode(reference.unmetReasons(), Named::code));
        model.addAttribute("sources", byCode(reference.supportSources(), Named::code));
        model.addAttribute("levels", byCode(reference.riskLevels(), Named::code));
        model.addAttribute("managers", byCode(reference.directPaymentManagers(), Named::code));
        model.addAttribute("barriers", byCode(reference.directPaymentBarriers(), Named::code));
    }

    /** Errors and typed values default to none, unless a redirect brought them. */
    static void defaults(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<FormError>of());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
    }

    static <T> Map<String, T> byCode(List<T> rows, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(code.apply(r), r));
        return map;
    }
}
