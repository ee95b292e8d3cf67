package cymru.gofal.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;

/**
 * Counts failed sign-ins (form and HTTP Basic alike), locks accounts, and writes every sign-in, failure,
 * lock-out and sign-out to the audit log.
 */
@Component
class SignInAudit {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignInAudit.class);

    private final UserAccounts accounts;
    private final AuditLog audit;

    SignInAudit(UserAccounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * A person signing in (form or OIDC) is audited; an API call's HTTP Basic credentials are not a sign-in
     * (each call carries them), so they are not, though their failures are.
     */
    @EventListener
    void onInteractiveSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof GofalUser user) {
            // Only a person signing in clears the failure count: a script's or scraper's HTTP Basic success
            // between an attacker's guesses must not keep an account from locking.
            accounts.recordSuccess(user.getUsername());
            audit.recordStandalone(AuditEntry.of(AuditAction.SIGN_IN, "USER", user.id()), user.getUsername(),
                    user.role().name(), user.authorityId());
        }
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        boolean locked = accounts.recordFailure(username);
        audit.recordStandalone(AuditEntry.of(AuditAction.SIGN_IN_FAILED, "USER", null), username, null, null);
        log.info("Sign-in failed");
        if (locked) {
            log.warn("Account locked after repeated failed sign-ins");
            audit.recordStandalone(AuditEntry.of(AuditAction.ACCOUNT_LOCKED, "USER", null)
                    .because("Too many failed sign-ins; locked for " + accounts.lockoutDuration()), username, null, null);
        }
    }

    /** Every other refused sign-in (locked, disabled, expired account) is audited with the reason. */
    @EventListener
    void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureBadCredentialsEvent
                || cymru.gofal.platform.web.DatabaseUnavailableFilter.isDatabaseUnavailable(event.getException())) {
            return;
        }
        String reason = event instanceof AuthenticationFailureLockedEvent ? "Account locked"
                : event.getException().getClass().getSimpleName();
        if (event instanceof org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent) {
            // A disabled account counts failures like any other username, so it cannot be told apart.
            accounts.recordFailure(String.valueOf(event.getAuthentication().getName()));
        }
        audit.recordStandalone(AuditEntry.of(AuditAction.SIGN_IN_FAILED, "USER", null).because(reason),
                String.valueOf(event.getAuthentication().getName()), null, null);
    }

    /** A sign-in the OIDC provider allowed but Gofal refused (no account, disabled, locked, no username). */
    void oidcRefused(Exception e) {
        audit.recordStandalone(AuditEntry.of(AuditAction.SIGN_IN_FAILED, "USER", null).because("OIDC: " + e.getMessage()),
                "oidc", null, null);
    }

    void signedOut(Authentication authentication) {
        if (authentication.getPrincipal() instanceof GofalUser user) {
            audit.recordStandalone(AuditEntry.of(AuditAction.SIGN_OUT, "USER", user.id()), user.getUsername(),
                    user.role().name(), user.authorityId());
        }
    }
}
