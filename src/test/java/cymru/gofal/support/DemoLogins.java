package cymru.gofal.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** The demo users (created in demo mode, which tests run in) and their shared password. */
public final class DemoLogins {

    public static final String PASSWORD = "Gofal-demo-2026";

    private DemoLogins() {
    }

    public static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }
}
