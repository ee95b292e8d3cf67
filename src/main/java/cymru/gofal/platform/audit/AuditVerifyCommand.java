package cymru.gofal.platform.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The verify command: {@code java -jar gofal.jar --gofal.command=verify-audit} (see README) checks the whole
 * audit chain, prints the outcome and exits 0 when intact, 3 when not.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "gofal.command", havingValue = "verify-audit")
class AuditVerifyCommand implements ApplicationRunner {

    private final AuditChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(AuditChainVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The command runs as the system administrator (whoever can run it has the server's files anyway).
        var security = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        security.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "system", null, java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN"))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(security);
        AuditChainVerifier.Result result = verifier.verify();
        if (result.intact()) {
            System.out.println("Audit chain intact: " + result.rowsChecked() + " rows verified");
        } else {
            System.out.println("AUDIT CHAIN BROKEN at row " + result.firstBadSeq() + ": " + result.problem());
        }
        int code = result.intact() ? 0 : 3;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
