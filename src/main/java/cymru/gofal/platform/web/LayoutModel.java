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

    private final cymru.gofal.platform.authority.Councils councils;

    LayoutModel(cymru.gofal.platform.authority.Councils councils) {
        this.councils = councils;
    }

    /** The council whose service this is: the signed-in user's, or this deployment's. */
    @ModelAttribute("councilName")
    String councilName(Locale locale) {
        long id = CurrentUser.get().map(GofalUser::authorityId).orElseGet(councils::defaultId);
        return councils.name(id, locale);
    }

    /**
     * Loads the CSRF token before the page is rendered. The layout's sign-out form needs it, and the session that holds
     * it cannot be created once a long page has begun to be sent (a request with no session yet, such as HTTP Basic).
     * Not for the JSON API (this advice also reaches REST controllers), which must never start a session.
     */
    @ModelAttribute
    void loadCsrfToken(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return; // the API uses no session and no CSRF token; loading one would start a session
        }
        if (request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName())
                instanceof org.springframework.security.web.csrf.CsrfToken token) {
            token.getToken();
        }
    }

    @ModelAttribute("currentUser")
    GofalUser currentUser() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("otherLanguage")
    String otherLanguage(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? "en" : "cy";
    }

    /** The first segment of the path ("people" for /people/42), for the navigation to mark the section the page is in. */
    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/");
        return parts.length > 1 ? parts[1] : "";
    }

    @ModelAttribute("switchLanguageUrl")
    String switchLanguageUrl(HttpServletRequest request, Locale locale) {
        String target = "cy".equals(locale.getLanguage()) ? "en" : "cy";
        Object originalUri = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String link = originalUri != null ? originalUri + "?lang=" + target
                : ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", target)
                        .replaceQueryParam("continue").build().toUriString().replaceFirst("^https?://[^/]+", "");
        // Always a path on this site: never protocol-relative (//host) or absolute.
        return "/" + link.replaceFirst("^[/\\\\]+", "");
    }
}
