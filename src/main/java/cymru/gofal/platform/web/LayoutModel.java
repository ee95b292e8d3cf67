package cymru.gofal.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;

/** What the shared layout needs on every page: the signed-in user and the link to the other language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    @ModelAttribute("currentUser")
    GofalUser currentUser() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("otherLanguage")
    String otherLanguage(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? "en" : "cy";
    }

    @ModelAttribute("switchLanguageUrl")
    String switchLanguageUrl(HttpServletRequest request, Locale locale) {
        String target = "cy".equals(locale.getLanguage()) ? "en" : "cy";
        Object originalUri = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        if (originalUri != null) {
            return originalUri + "?lang=" + target;
        }
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", target)
                .replaceQueryParam("continue").build().toUriString().replaceFirst("^https?://[^/]+", "");
    }
}
