package cymru.gofal.platform.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.platform.security.Role;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The home page's promise: each role is offered exactly the pages it may open. Every capability's page answers
 * a role it lists (not 403), and refuses with 403 every role it does not list.
 */
@IntegrationTest
class CapabilitiesTest {

    private static final Map<Role, String> USER_OF = Map.of(Role.PRACTITIONER, "practitioner", Role.TEAM_MANAGER, "team.manager",
            Role.SENIOR_MANAGER, "senior.manager", Role.QA_OFFICER, "qa.officer", Role.FINANCE_OFFICER, "finance.officer",
            Role.REVIEWER, "reviewer", Role.COUNCILLOR, "councillor", Role.ADMIN, "admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    Capabilities capabilities;

    @Test
    void everyRoleMayOpenExactlyTheCapabilitiesItIsOffered() throws Exception {
        for (Role role : Role.values()) {
            for (Capabilities.Capability c : allCapabilities()) {
                int status = mvc.perform(get(c.path()).param("lang", "en").with(DemoLogins.as(USER_OF.get(role))))
                        .andReturn().getResponse().getStatus();
                if (c.roles().contains(role)) {
                    assertThat(status).as(role + " offered " + c.id() + " at " + c.path()).isNotIn(401, 403, 404, 500);
                } else {
                    assertThat(status).as(role + " not offered " + c.id() + " at " + c.path()).isEqualTo(403);
                }
            }
        }
    }

    private java.util.List<Capabilities.Capability> allCapabilities() {
        java.util.Map<String, Capabilities.Capability> all = new java.util.LinkedHashMap<>();
        for (Role role : Role.values()) {
            capabilities.forRole(role).forEach(c -> all.putIfAbsent(c.id(), c));
        }
        return java.util.List.copyOf(all.values());
    }
}
