package cymru.gofal.platform.security;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. Three filter chains: the JSON API (session or HTTP Basic, problem-details errors),
 * the API description pages, and the web pages (form sign-in). Every handler also carries its own
 * {@code @PreAuthorize} rule (a test enforces it); the URL rules here are the outer wall.
 *
 * <p>To sign in through an OIDC provider (Keycloak, Entra ID) instead of the form, set the
 * {@code spring.security.oauth2.client.*} properties and {@code gofal.security.oidc.enabled=true}; see README.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems,
            @Value("${gofal.security.oidc.enabled:false}") boolean oidc) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/calendar/**").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems::unauthorised)
                        .accessDeniedHandler(problems::forbidden))
                // The API never starts a session (a browser's existing one is used); nothing to remember for later.
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.NEVER))
                // CSRF rides on ambient credentials: a session cookie. A request with no session (a script sending
                // HTTP Basic with each call, or no credentials at all, which then gets a plain 401) needs no token;
                // one with a session does. Browsers are never challenged for Basic credentials, so they never
                // hold any to send cross-site.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getRequestedSessionId() == null && (sendsBasicCredentials(request)
                                || request.getHeader("Authorization") == null)))
                .headers(this::headers);
        if (!oidc) {
            // With an OIDC provider, people sign in only through it (and its multi-factor checks).
            http.httpBasic(basic -> basic.realmName("Gofal").authenticationEntryPoint(problems::unauthorised));
        }
        return http.build();
    }

    static boolean sendsBasicCredentials(jakarta.servlet.http.HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Bean
    @Order(2)
    SecurityFilterChain docsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs/**", "/api-docs/**", "/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.API_DOCS)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webChain(HttpSecurity http, SignInHandlers handlers, UserAccounts accounts,
            @Value("${gofal.security.oidc.enabled:false}") boolean oidc,
            @Value("${gofal.security.oidc.username-claim:preferred_username}") String usernameClaim) throws Exception {
        if (oidc) {
            // Sign-in through the council's identity provider replaces the password form entirely.
            http.oauth2Login(login -> login.loginPage("/sign-in").successHandler(handlers).failureHandler(handlers)
                    .userInfoEndpoint(user -> user.oidcUserService(new GofalOidcUserService(accounts, usernameClaim))));
        } else {
            http.formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                    .successHandler(handlers).failureHandler(handlers).permitAll());
            // For metrics scrapers (/actuator/prometheus); browsers get the sign-in page instead. A sign-in that
            // failed because the database is down is not a wrong password: it goes on to the 503 answer.
            var challenge = new org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint();
            challenge.setRealmName("Gofal");
            http.httpBasic(basic -> basic.realmName("Gofal").authenticationEntryPoint((request, response, e) -> {
                if (cymru.gofal.platform.web.DatabaseUnavailableFilter.isDatabaseUnavailable(e)) {
                    throw e;
                }
                challenge.commence(request, response, e);
            }));
        }
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/sign-in", "/error", "/assets/**", "/webjars/**", "/css/**", "/js/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                // A form sent after the session ended carries a token the new session does not know: tell the
                // person their session ended and let them sign in again, rather than "not allowed".
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, denied) -> {
                    if (denied instanceof org.springframework.security.web.csrf.CsrfException) {
                        response.sendRedirect(request.getContextPath() + "/sign-in?expired");
                    } else {
                        new org.springframework.security.web.access.AccessDeniedHandlerImpl().handle(request, response, denied);
                    }
                }))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut")
                        .addLogoutHandler(handlers).invalidateHttpSession(true).deleteCookies("GOFAL_SESSION"))
                .sessionManagement(session -> session.sessionFixation(fix -> fix.changeSessionId()))
                .headers(this::headers);
        return http.build();
    }

    private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.PAGES))
                .referrerPolicy(ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
    }
}
