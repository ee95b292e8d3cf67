package cymru.gofal.platform.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SignInController {

    @PreAuthorize("permitAll()")
    @GetMapping("/sign-in")
    String signIn() {
        return "platform/sign-in";
    }
}
