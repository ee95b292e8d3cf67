package cymru.gofal.platform.i18n;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.servlet.LocaleResolver;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.platform.security.UserAccounts;

/**
 * English or Welsh, per user. A choice ({@code ?lang=cy} on any page) is kept in the session and a cookie,
 * and saved on the signed-in user's account so that it follows them to their next sign-in on any device.
 * Order of precedence: this session's choice, the user's saved choice, the cookie, then English.
 */
public class UserLocaleResolver implements LocaleResolver {

    public static final Locale WELSH = Locale.forLanguageTag("cy");
    static final Set<String> SUPPORTED = Set.of("en", "cy");
    private static final String SESSION_KEY = UserLocaleResolver.class.getName() + ".locale";
    private static final String COOKIE = "gofal_lang";

    private final UserAccounts accounts;

    public UserLocaleResolver(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object chosen = request.getAttribute(SESSION_KEY);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof String tag) {
            return Locale.forLanguageTag(tag);
        }
        var user = CurrentUser.get();
        if (user.isPresent()) {
            return Locale.forLanguageTag(user.get().locale());
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && SUPPORTED.contains(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || !SUPPORTED.contains(locale.getLanguage())) {
            return;
        }
        String tag = locale.getLanguage();
        remember(request, response, tag);
        CurrentUser.get().ifPresent(user -> {
            if (!tag.equals(user.locale())) {
                accounts.updateLocale(user.id(), tag);
            }
        });
    }

    /** At sign-in: the user's saved language applies from the first page. */
    public void useStoredLocale(HttpServletRequest request, HttpServletResponse response, GofalUser user) {
        remember(request, response, user.locale());
    }

    private static void remember(HttpServletRequest request, HttpServletResponse response, String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        request.setAttribute(SESSION_KEY, locale);
        request.getSession(true).setAttribute(SESSION_KEY, tag);
        Cookie cookie = new Cookie(COOKIE, tag);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
