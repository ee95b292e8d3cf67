package cymru.gofal.people.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.people.NameKeys;

/**
 * Finding people. Candidates come from PostgreSQL: every word typed is matched against the trigram index of the
 * search keys (pg_trgm word similarity, so any word of any name the person is known by can match, in any
 * order), filtered by date of birth and NHS number when given, and by need-to-know; then they are ranked here
 * by {@link NameMatch}, which forgives a swapped pair of letters. Merged records are never results: the record
 * they were merged into is.
 */
@Component
public class PersonSearch {

    /** Candidates ranked in Java; enough that a common family name with a mistyped given name still finds them. */
    static final int CANDIDATES = 400;
    static final int MAX_WORDS = 6;
    /** pg_trgm word similarity a typed word needs with some word of a name to make its person a candidate. */
    static final String WORD_THRESHOLD = "0.5";

    private final JdbcClient jdbc;

    public PersonSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} visible people matching, best first; a name's score must reach {@code minScore}. */
    public List<PersonMatch> search(Viewer viewer, SearchQuery query, int limit, double minScore) {
        if (query.isEmpty()) {
            return List.of();
        }
        String key = query.name() == null ? "" : NameKeys.queryKey(query.name());
        String[] words = key.isEmpty() ? new String[0] : key.split(" ");
        if (words.length > MAX_WORDS) {
            words = java.util.Arrays.copyOf(words, MAX_WORDS);
        }
        Map<String, Object> params = new HashMap<>(viewer.bind());
        StringBuilder where = new StringBuilder("p.authority_id = :authority AND p.merged_into IS NULL AND ").append(Viewer.VISIBLE);
        List<String> wordTests = new ArrayList<>();
        StringBuilder rank = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            params.put("w" + i, words[i]);
            wordTests.add(":w" + i + " <% p.search_key");
            rank.append(i == 0 ? "" : " + ").append("word_similarity(:w").append(i).append(", p.search_key)");
        }
        if (!wordTests.isEmpty()) {
            where.append(" AND (").append(String.join(" OR ", wordTests)).append(')');
        }
        if (query.dateOfBirth() != null) {
            where.append(" AND p.date_of_birth = :dob");
            params.put("dob", query.dateOfBirth());
        }
        if (query.nhsNumber() != null) {
            where.append(" AND p.nhs_number = :nhs");
            params.put("nhs", query.nhsNumber());
        }
        jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', '" + WORD_THRESHOLD + "', true)").query().singleValue();
        // The current address is joined to the candidates only, not to every person whose name is similar.
        String sql = """
                SELECT c.*, a.town, a.postcode FROM (
                    SELECT p.id, p.given_names, p.family_name, p.preferred_name, p.date_of_birth, p.date_of_birth_estimated, p.gender,
                           p.nhs_number, p.date_of_death, p.restricted, p.search_key
                    FROM person p
                    WHERE %s
                    ORDER BY %s p.family_name, p.given_names, p.id
                    LIMIT %d) c
                LEFT JOIN person_address a ON a.person_id = c.id AND a.to_date IS NULL""".formatted(where, rank.isEmpty() ? "" : rank + " DESC,", CANDIDATES);
        List<PersonMatch> found = jdbc.sql(sql).params(params).query((rs, n) -> new PersonMatch(rs.getLong("id"), rs.getString("given_names"),
                rs.getString("family_name"), rs.getString("preferred_name"), rs.getObject("date_of_birth", java.time.LocalDate.class),
                rs.getBoolean("date_of_birth_estimated"), rs.getString("gender"), rs.getString("nhs_number"), rs.getString("town"),
                rs.getString("postcode"), rs.getObject("date_of_death", java.time.LocalDate.class), rs.getBoolean("restricted"),
                key.isEmpty() ? 1 : NameMatch.score(key, rs.getString("search_key")))).list();
        String spelling = NameKeys.spellingKey(query.name() == null ? "" : query.name());
        return found.stream().filter(m -> m.score() >= minScore).map(m -> Ranked.of(m, key, spelling))
                .sorted(Comparator.comparingDouble(Ranked::score).reversed()
                        .thenComparing(Comparator.comparingDouble(Ranked::currentName).reversed())
                        .thenComparing(Comparator.comparingDouble(Ranked::spelling).reversed()))
                .limit(limit).map(Ranked::match).toList();
    }

    /**
     * A candidate with its ranks, each computed once: the name score; then, for ties (a name matched through a
     * previous name or a middle name), how close the current name is to what was typed, both ways (every word
     * typed is in it, and it has no words that were not typed); then the spelling typed ("Mary Jones" lists the
     * Marys before the Mairs it also finds).
     */
    private record Ranked(PersonMatch match, double score, double currentName, double spelling) {

        static Ranked of(PersonMatch m, String key, String spelling) {
            String name = m.givenNames() + " " + m.familyName();
            String current = NameKeys.queryKey(name);
            double both = key.isEmpty() ? 0 : NameMatch.score(key, current) + NameMatch.score(current, key);
            double spelt = spelling.isEmpty() ? 0 : NameMatch.score(spelling, NameKeys.spellingKey(name));
            return new Ranked(m, m.score(), both, spelt);
        }
    }
}
