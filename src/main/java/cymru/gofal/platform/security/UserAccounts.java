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
                SELECT id, authority_id, username, password_hash, display_name, role, locale, enabled, locked_until
                FROM app_user WHERE lower(username) = lower(:username)
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
        boolean exists = jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = lower(:username)")
                .param("username", username).query(Integer.class).single() > 0;
        if (exists) {
            return false;
        }
        return jdbc.sql("""
                INSERT INTO app_user (authority_id, username, display_name, password_hash, role)
                VALUES (:authority, :username, :displayName, :hash, :role)
                ON CONFLICT ((lower(username))) DO NOTHING
                """).param("authority", authorityId).param("username", username).param("displayName", displayName)
                .param("hash", passwordEncoder.encode(rawPassword)).param("role", role.name()).update() == 1;
    }

    /** Records a failed sign-in; answers true when this failure locked the account. */
    @Transactional
    public boolean recordFailure(String username) {
        Instant lockedUntil = clock.instant().plus(lockout);
        Integer attempts = jdbc.sql("""
                UPDATE app_user SET failed_attempts = failed_attempts + 1
                WHERE lower(username) = lower(:username) RETURNING failed_attempts
                """).param("username", username).query(Integer.class).optional().orElse(null);
        if (attempts == null || attempts < maxFailures) {
            return false;
        }
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = :until WHERE lower(username) = lower(:username)")
                .param("until", java.sql.Timestamp.from(lockedUntil)).param("username", username).update();
        return true;
    }

    @Transactional
    public void recordSuccess(String username) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE lower(username) = lower(:username)")
                .param("username", username).update();
    }

    @Transactional
    public void updateLocale(long userId, String locale) {
        jdbc.sql("UPDATE app_user SET locale = :locale WHERE id = :id").param("locale", locale).param("id", userId).update();
    }

    public Duration lockoutDuration() {
        return lockout;
    }
}
