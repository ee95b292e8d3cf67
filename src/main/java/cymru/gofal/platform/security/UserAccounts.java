package cymru.gofal.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: look-up for sign-in, the failed sign-in count and lock-out, and each user's language.
 * Lock-out: after {@code gofal.security.max-failed-sign-ins} failures in a row the account is locked for
 * {@code gofal.security.lockout-duration}; a success resets the count.
 */
@Service
public class UserAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${gofal.security.max-failed-sign-ins:5}") int maxFailures,
            @Value("${gofal.security.lockout-duration:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    public Optional<GofalUser> findByUsername(String username) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT u.id, u.authority_id, u.username, u.password_hash, u.display_name, u.role, u.locale, u.enabled,
                       t.locked_until
                FROM app_user u LEFT JOIN sign_in_throttle t ON t.username = lower(u.username)
                WHERE lower(u.username) = lower(:username)
                """).param("username", username).query((rs, i) -> {
                    var lockedUntil = rs.getTimestamp("locked_until");
                    boolean nonLocked = lockedUntil == null || !lockedUntil.toInstant().isAfter(now);
                    return new GofalUser(rs.getLong("id"), rs.getLong("authority_id"), rs.getString("username"),
                            rs.getString("password_hash"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
                            rs.getString("locale"), rs.getBoolean("enabled"), nonLocked);
                }).optional();
    }

    /** Creates the account unless one with that username exists; answers whether it created it. */
    @Transactional
    public boolean createIfAbsent(long authorityId, String username, String displayName, Role role, String rawPassword) {
        return create(authorityId, username, displayName, role, rawPassword, false);
    }

    /** Creates a demo account (see {@link #enableDemoAccounts}) unless the username exists. */
    @Transactional
    public boolean createDemoIfAbsent(long authorityId, String username, String displayName, Role role, String rawPassword) {
        return create(authorityId, username, displayName, role, rawPassword, true);
    }

    /** Demo accounts may sign in only while demo mode is on; answers how many changed. */
    @Transactional
    public int enableDemoAccounts(boolean enabled) {
        return jdbc.sql("UPDATE app_user SET enabled = :e WHERE demo AND enabled <> :e").param("e", enabled).update();
    }

    private boolean create(long authorityId, String username, String displayName, Role role, String rawPassword, boolean demo) {
        boolean exists = jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(:username)")
                .param("username", username).query(Integer.class).single() > 0;
        if (exists) {
            return false;
        }
        return jdbc.sql("""
                INSERT INTO app_user (authority_id, username, display_name, password_hash, role, demo)
                VALUES (:authority, :username, :displayName, :hash, :role, :demo)
                ON CONFLICT ((lower(username))) DO NOTHING
                """).param("demo", demo).param("authority", authorityId).param("username", username).param("displayName", displayName)
                .param("hash", passwordEncoder.encode(rawPassword)).param("role", role.name()).update() == 1;
    }

    /**
     * Records a failed sign-in for the username typed (an account or not); answers true when this failure
     * locked it.
     */
    @Transactional
    public boolean recordFailure(String username) {
        String key = throttleKey(username);
        Instant now = clock.instant();
        // While locked, failures are not counted (for every username alike), so every lock ends on time.
        Integer failures = jdbc.sql("""
                INSERT INTO sign_in_throttle (username, failures) VALUES (lower(:u), 1)
                ON CONFLICT (username) DO UPDATE SET failures = CASE
                    WHEN sign_in_throttle.locked_until > :now THEN sign_in_throttle.failures
                    WHEN sign_in_throttle.locked_until IS NOT NULL THEN 1
                    ELSE sign_in_throttle.failures + 1 END,
                  locked_until = CASE WHEN sign_in_throttle.locked_until <= :now THEN NULL ELSE sign_in_throttle.locked_until END
                RETURNING CASE WHEN locked_until IS NULL THEN failures ELSE 0 END
                """).param("u", key).param("now", java.sql.Timestamp.from(now)).query(Integer.class).single();
        if (failures < maxFailures) {
            return false;
        }
        jdbc.sql("UPDATE sign_in_throttle SET failures = 0, locked_until = :until WHERE username = lower(:u)")
                .param("until", java.sql.Timestamp.from(now.plus(lockout))).param("u", key).update();
        return true;
    }

    /** Whether sign-in is locked for this username (whether or not an account has it). */
    public boolean isLocked(String username) {
        return jdbc.sql("SELECT count(*) FROM sign_in_throttle WHERE username = lower(:u) AND locked_until > :now")
                .param("u", throttleKey(username)).param("now", java.sql.Timestamp.from(clock.instant()))
                .query(Integer.class).single() > 0;
    }

    /** A success clears the count (writes only when there is something to clear). */
    @Transactional
    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE username = lower(:u)").param("u", throttleKey(username)).update();
    }

    /** The username as typed, trimmed; SQL lower-cases it the same way as the account look-up does. */
    private static String throttleKey(String username) {
        String u = username == null ? "" : username.strip();
        return u.length() > 200 ? u.substring(0, 200) : u;
    }

    @Transactional
    public void updateLocale(long userId, String locale) {
        jdbc.sql("UPDATE app_user SET locale = :locale WHERE id = :id").param("locale", locale).param("id", userId).update();
    }

    public Duration lockoutDuration() {
        return lockout;
    }
}
