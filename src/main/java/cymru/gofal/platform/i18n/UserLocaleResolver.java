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
 * and saved on the signed-in user's account so that it follows them to their next sign-in on any device; a
 * choice made on the sign-in page is saved to the account at sign-in.
 *
 * <p>Pages: this session's choice, then the user's saved choice, the cookie, the browser's Accept-Language
 * (when it prefers Welsh), then English. The JSON API ({@code /api/}): an explicit {@code ?lang=} or an
 * Accept-Language naming English or Welsh comes first, since scripts say what they want per request.
 */
public class UserLocaleResolver implements LocaleResolver {

    public static final Locale WELSH = Locale.forLanguageTag("cy");
    static final Set<String> SUPPORTED = Set.of("en", "cy");
    private static final String SESSION_KEY = UserLocaleResolver.class.getName() + ".locale";
    private static final String CHOSEN_BEFORE_SIGN_IN = UserLocaleResolver.class.getName() + ".chosenBeforeSignIn";
    private static final String COOKIE = "gofal_lang";

    private final UserAccounts accounts;

    public UserLocaleResolver(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(SESSION_KEY) instanceof Locale locale) {
            return locale;
        }
        if (isApi(request)) {
            Locale asked = acceptLanguage(request);
            if (asked != null) {
                return asked;
            }
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
        Locale browser = acceptLanguage(request);
        return browser != null && "cy".equals(browser.getLanguage()) ? WELSH : Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || !SUPPORTED.contains(locale.getLanguage())) {
            return;
        }
        String tag = locale.getLanguage();
        if (isApi(request)) {
            // An API call's ?lang= is for that call only: it changes no one's saved choice.
            request.setAttribute(SESSION_KEY, Locale.forLanguageTag(tag));
            return;
        }
        HttpSession session = request.getSession(false);
        boolean unchanged = session != null && tag.equals(session.getAttribute(SESSION_KEY));
        remember(request, response, tag);
        var user = CurrentUser.get();
        if (user.isPresent()) {
            if (!unchanged) {
                accounts.updateLocale(user.get().id(), tag);
            }
        } else {
            request.getSession(true).setAttribute(CHOSEN_BEFORE_SIGN_IN, tag);
        }
    }

    /**
     * At sign-in: a language chosen on the sign-in page becomes the user's saved choice; otherwise the saved
     * choice applies from the first page.
     */
    public void signedIn(HttpServletRequest request, HttpServletResponse response, GofalUser user) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(CHOSEN_BEFORE_SIGN_IN);
        if (chosen instanceof String tag && SUPPORTED.contains(tag)) {
            session.removeAttribute(CHOSEN_BEFORE_SIGN_IN);
            if (!tag.equals(user.locale())) {
                accounts.updateLocale(user.id(), tag);
            }
            remember(request, response, tag);
        } else {
            remember(request, response, user.locale());
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** The first of English or Welsh the request's Accept-Language names, or null. */
    private static Locale acceptLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return null;
        }
        var locales = request.getLocales();
        while (locales.hasMoreElements()) {
            Locale l = locales.nextElement();
            if (SUPPORTED.contains(l.getLanguage())) {
                return Locale.forLanguageTag(l.getLanguage());
            }
        }
        return null;
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
