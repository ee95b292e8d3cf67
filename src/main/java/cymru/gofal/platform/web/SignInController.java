package cymru.gofal.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page (Spring Security handles the POST): a password form, or, when the council signs in
 * through its OIDC provider, a button per configured provider.
 */
@Controller
class SignInController {

    private final boolean oidc;
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final cymru.gofal.platform.security.UserAccounts accounts;

    SignInController(@Value("${gofal.security.oidc.enabled:false}") boolean oidc,
            ObjectProvider<ClientRegistrationRepository> registrations, cymru.gofal.platform.security.UserAccounts accounts) {
        this.oidc = oidc;
        this.registrations = registrations;
        this.accounts = accounts;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/sign-in")
    String signIn(Model model, jakarta.servlet.http.HttpSession session,
            @org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> params) {
        model.addAttribute("lockoutMinutes", accounts.lockoutDuration().toMinutes());
        boolean failed = params.containsKey("error") || params.containsKey("locked") || params.containsKey("missing")
                || params.containsKey("oidcError");
        // Only so that the page title starts "Error:"; the page shows the message itself.
        model.addAttribute("errors", failed ? List.of(new FormError("username", "signIn.error.badCredentials")) : List.of());
        Object last = session == null ? null : session.getAttribute(cymru.gofal.platform.security.SignInHandlers.LAST_USERNAME);
        model.addAttribute("lastUsername", last instanceof String s ? s : "");
        List<ClientRegistration> providers = new ArrayList<>();
        if (oidc && registrations.getIfAvailable() instanceof Iterable<?> all) {
            all.forEach(r -> providers.add((ClientRegistration) r));
        }
        model.addAttribute("oidc", oidc);
        model.addAttribute("providers", providers);
        return "platform/sign-in";
    }
}
