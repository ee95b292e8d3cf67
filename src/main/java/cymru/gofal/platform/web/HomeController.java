package cymru.gofal.platform.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;

/** The home page: what the signed-in user's role may do, with a link to each thing available now. */
@Controller
class HomeController {

    private final Capabilities capabilities;

    HomeController(Capabilities capabilities) {
        this.capabilities = capabilities;
    }

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/")
    String home(Model model) {
        Role role = CurrentUser.get().map(u -> u.role()).orElseThrow();
        List<Capabilities.Capability> available = capabilities.forRole(role);
        model.addAttribute("role", role);
        model.addAttribute("capabilities", available);
        return "platform/home";
    }
}
