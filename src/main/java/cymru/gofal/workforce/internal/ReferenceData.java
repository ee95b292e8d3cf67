package cymru.gofal.workforce.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The workforce's reference lists (team kinds, roles, skills, qualifications, Welsh levels, leaving reasons),
 * in their order. They change only with a migration, so they are read once and kept.
 */
@Service
public class ReferenceData {

    private final JdbcClient jdbc;
    private volatile Lists lists;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Named> teamKinds() {
        return List.copyOf(lists().teamKinds.values());
    }

    public List<RoleKind> roles() {
        return List.copyOf(lists().roles.values());
    }

    public List<Named> skills() {
        return List.copyOf(lists().skills.values());
    }

    public List<Qualification> qualifications() {
        return List.copyOf(lists().qualifications.values());
    }

    public List<Named> welshLevels() {
        return List.copyOf(lists().welshLevels.values());
    }

    public List<Named> leavingReasons() {
        return List.copyOf(lists().leavingReasons.values());
    }

    public Optional<Named> teamKind(String code) {
        return Optional.ofNullable(code == null ? null : lists().teamKinds.get(code));
    }

    public Optional<RoleKind> role(String code) {
        return Optional.ofNullable(code == null ? null : lists().roles.get(code));
    }

    public Optional<Named> skill(String code) {
        return Optional.ofNullable(code == null ? null : lists().skills.get(code));
    }

    public Optional<Qualification> qualification(String code) {
        return Optional.ofNullable(code == null ? null : lists().qualifications.get(code));
    }

    public Optional<Named> welshLevel(String code) {
        return Optional.ofNullable(code == null ? null : lists().welshLevels.get(code));
    }

    public Optional<Named> leavingReason(String code) {
        return Optional.ofNullable(code == null ? null : lists().leavingReasons.get(code));
    }

    /** A qualification, and whether it is a post-qualifying award. */
    public record Qualification(String code, String nameEn, String nameCy, boolean postQualifying) {
        public String name(java.util.Locale locale) {
            return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
        }
    }

    private Lists lists() {
        Lists l = lists;
        if (l == null) {
            l = new Lists(named("team_kind"), byCode(jdbc.sql("""
                    SELECT code, name_en, name_cy, qualified_social_work, holds_cases FROM staff_role ORDER BY ordinal
                    """).query(RoleKind.class).list(), RoleKind::code),
                    named("skill"), byCode(jdbc.sql("""
                    SELECT code, name_en, name_cy, post_qualifying FROM qualification ORDER BY ordinal
                    """).query(Qualification.class).list(), Qualification::code),
                    named("welsh_level"), named("leaving_reason"));
            lists = l;
        }
        return l;
    }

    /** Table names here are constants of this class, never input. */
    private Map<String, Named> named(String table) {
        return byCode(jdbc.sql("SELECT code, name_en, name_cy FROM " + table + " ORDER BY ordinal").query(Named.class).list(),
                Named::code);
    }

    private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    private record Lists(Map<String, Named> teamKinds, Map<String, RoleKind> roles, Map<String, Named> skills,
            Map<String, Qualification> qualifications, Map<String, Named> welshLevels, Map<String, Named> leavingReasons) {
    }
}
