package cymru.gofal.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions are held in PostgreSQL (Spring Session JDBC) so any app node can serve any request. The cookie:
 * {@value #COOKIE}, HttpOnly, SameSite=Lax, Secure whenever the request came over HTTPS.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    static final String COOKIE = "GOFAL_SESSION";

    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(COOKIE);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setCookiePath("/");
        return serializer;
    }
}
