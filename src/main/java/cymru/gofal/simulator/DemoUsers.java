package cymru.gofal.simulator;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.authority.Councils;
import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.security.UserAccounts;

/**
 * Demo users, one per role, exist only in demo mode ({@code gofal.demo.enabled=true}, the {@code demo}
 * profile); README lists them. Started without demo mode on the same data, they are disabled, so the
 * published demo password never opens a production system.
 */
@Component
@Order(10)
class DemoUsers implements ApplicationRunner {

    /** The one password of every demo user; README says so. */
    static final String PASSWORD = "Gofal-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserAccounts accounts;
    private final Councils councils;
    private final boolean demo;

    private final boolean command;

    DemoUsers(UserAccounts accounts, Councils councils, @Value("${gofal.demo.enabled:false}") boolean demo,
            @Value("${gofal.command:}") String command) {
        this.accounts = accounts;
        this.councils = councils;
        this.demo = demo;
        this.command = !command.isBlank();
    }

    static List<DemoUser> users() {
        return List.of(
                new DemoUser("practitioner", "Rhian Davies", Role.PRACTITIONER, "ADULT-INTAKE", "SOCIAL_WORKER"),
                new DemoUser("practitioner2", "Iwan Rowlands", Role.PRACTITIONER, "CHILD-INTAKE", "SOCIAL_WORKER"),
                new DemoUser("team.manager", "Gareth Morgan", Role.TEAM_MANAGER, "ADULT-INTAKE", "TEAM_MANAGER"),
                new DemoUser("senior.manager", "Siân Pritchard", Role.SENIOR_MANAGER, "MANAGEMENT", "SENIOR_MANAGER"),
                new DemoUser("qa.officer", "Owain Jenkins", Role.QA_OFFICER, "MANAGEMENT", "SENIOR_PRACTITIONER"),
                new DemoUser("finance.officer", "Catrin Lewis", Role.FINANCE_OFFICER, "MANAGEMENT", "BUSINESS_SUPPORT"),
                new DemoUser("reviewer", "Eleri Thomas", Role.REVIEWER, null, null),
                new DemoUser("councillor", "Dafydd Hughes", Role.COUNCILLOR, null, null),
                new DemoUser("admin", "Angharad Rees", Role.ADMIN, "MANAGEMENT", "BUSINESS_SUPPORT"));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (command) {
            return; // a command run beside the application (verify-audit) changes no accounts
        }
        if (!demo) {
            int disabled = accounts.enableDemoAccounts(false);
            if (disabled > 0) {
                log.warn("Demo mode is off: disabled {} demo accounts", disabled);
            }
            return;
        }
        accounts.enableDemoAccounts(true);
        long authority = councils.defaultId();
        int created = 0;
        for (DemoUser user : users()) {
            if (accounts.createDemoIfAbsent(authority, user.username(), user.displayName(), user.role(), PASSWORD)) {
                created++;
            }
        }
        if (created > 0) {
            log.info("Demo mode: created {} demo users (password in README)", created);
        }
    }

    /**
     * A demo user; those who work for the council's social services have a staff record in the simulated
     * council's {@code team} (a code of teams.tsv) in {@code staffRole}. The reviewer (an inspector) and the
     * councillor are not staff. The two practitioners are in different teams, so that a restricted record one may
     * see is invisible to the other.
     */
    record DemoUser(String username, String displayName, Role role, String team, String staffRole) {
    }
}
