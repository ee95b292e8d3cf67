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
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler {

    private final UserLocaleResolver localeResolver;
    private final SignInAudit signInAudit;

    SignInHandlers(UserLocaleResolver localeResolver, SignInAudit signInAudit) {
        this.localeResolver = localeResolver;
        this.signInAudit = signInAudit;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof GofalUser user) {
            localeResolver.useStoredLocale(request, response, user);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof LockedException ? "locked"
                : exception instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException ? "oidcError" : "error";
        response.sendRedirect(request.getContextPath() + "/sign-in?" + reason);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            signInAudit.signedOut(authentication);
        }
    }
}
