package cymru.gofal.platform.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.i18n.UserLocaleResolver;

/**
 * What happens around form sign-in: on success the user's own language applies from the first page; on
 * failure the page says why in words that do not reveal whether the username exists (except that a locked
 * account says it is locked); sign-out is audited. Counting failures and locking accounts is done by
 * {@link SignInAudit}, for every way of signing in.
 */
@Component
public class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler {

    /** Session attribute holding the username of a failed sign-in, for the form to show again. */
    public static final String LAST_USERNAME = "gofal.signIn.lastUsername";

    private final UserLocaleResolver localeResolver;
    private final SignInAudit signInAudit;
    private final UserAccounts accounts;

    SignInHandlers(UserLocaleResolver localeResolver, SignInAudit signInAudit, UserAccounts accounts) {
        this.localeResolver = localeResolver;
        this.signInAudit = signInAudit;
        this.accounts = accounts;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof GofalUser user) {
            localeResolver.signedIn(request, response, user);
        }
        if (request.getSession(false) != null) {
            request.getSession(false).removeAttribute(LAST_USERNAME);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (cymru.gofal.platform.web.DatabaseUnavailableFilter.isDatabaseUnavailable(exception)) {
            throw exception;
        }
        String username = request.getParameter("username");
        String reason;
        if (exception instanceof LockedException || (username != null && accounts.isLocked(username))) {
            reason = "locked";
        } else if (exception instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException) {
            signInAudit.oidcRefused(exception);
            reason = "oidcError";
        } else if (username == null || username.isBlank() || request.getParameter("password") == null
                || request.getParameter("password").isEmpty()) {
            reason = "missing";
        } else {
            reason = "error";
        }
        if (username != null && username.length() <= 200) {
            // Shown again in the form (never in the URL, which ends up in logs).
            request.getSession(true).setAttribute(LAST_USERNAME, username.strip());
        }
        response.sendRedirect(request.getContextPath() + "/sign-in?" + reason);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            signInAudit.signedOut(authentication);
        }
    }
}
