package cymru.gofal.review.evidence;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.authority.Councils;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.platform.security.Role;

/**
 * Demo mode: after the demo council is loaded (DemoCouncil runs at order 20), gives it a self-assessment from its
 * live data (issue 7 point 9), once: the review carries load key {@link #LOAD_KEY} and a later start finds it.
 * It runs as a system user of that council with the SENIOR_MANAGER role (a {@link GofalUser}, because performance's
 * IndicatorFigures and the review facades answer for the signed-in user's council), set only for this call, as the
 * simulator sets its own system context for loading. Same switches as DemoCouncil. It lives here, not in the
 * simulator, because the simulator may depend only on people, workforce, platform and casework (SimulatorBoundaryTest);
 * it runs after the simulator's DemoCouncil by its order alone.
 */
@Component
@Order(30)
public class DemoSelfAssessment implements ApplicationRunner {

    public static final String LOAD_KEY = "DEMO_SELF_ASSESSMENT";
    private static final Logger log = LoggerFactory.getLogger(DemoSelfAssessment.class);

    private final SelfAssessments selfAssessments;
    private final Councils councils;
    private final boolean enabled;

    DemoSelfAssessment(SelfAssessments selfAssessments, Councils councils, @Value("${gofal.demo.enabled:false}") boolean demo,
            @Value("${gofal.simulator.load-on-start:true}") boolean loadOnStart, @Value("${gofal.command:}") String command) {
        this.selfAssessments = selfAssessments;
        this.councils = councils;
        this.enabled = demo && loadOnStart && command.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            createOnce(councils.defaultId());
        }
    }

    /** Creates the council's demo self-assessment unless it exists; answers the new review's id. */
    public Optional<Long> createOnce(long authorityId) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        GofalUser user = new GofalUser(0, authorityId, "simulator", "", "Simulator", Role.SENIOR_MANAGER, "en", true, true);
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(system);
        try {
            Optional<Long> id = selfAssessments.startOnce(authorityId, "simulator", LOAD_KEY + ":" + authorityId);
            id.ifPresent(r -> log.info("Demo self-assessment from live data created: review {}", r));
            return id;
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
