package cymru.gofal.people.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The person register's reference lists (V3__people.sql): census ethnic groups, relationship kinds and other
 * identifier schemes. They change only by migration, so they are read once.
 */
@Component("peopleReferenceData")
public class ReferenceData {

    private final JdbcClient jdbc;
    private volatile List<Choice> ethnicities;
    private volatile List<RelationshipKind> kinds;
    private volatile List<Choice> schemes;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Choice> ethnicities() {
        if (ethnicities == null) {
            ethnicities = jdbc.sql("SELECT code, group_en, group_cy, name_en, name_cy FROM ethnicity ORDER BY ordinal")
                    .query((rs, i) -> new Choice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                    .list();
        }
        return ethnicities;
    }

    public Optional<Choice> ethnicity(String code) {
        return ethnicities().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<RelationshipKind> relationshipKinds() {
        if (kinds == null) {
            kinds = jdbc.sql("SELECT code, name_en, name_cy, inverse_en, inverse_cy, is_symmetric FROM relationship_kind ORDER BY ordinal")
                    .query((rs, i) -> new RelationshipKind(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6)))
                    .list();
        }
        return kinds;
    }

    public Optional<RelationshipKind> relationshipKind(String code) {
        return relationshipKinds().stream().filter(k -> k.code().equals(code)).findFirst();
    }

    public List<Choice> identifierSchemes() {
        if (schemes == null) {
            schemes = jdbc.sql("SELECT code, name_en, name_cy FROM identifier_scheme ORDER BY ordinal")
                    .query((rs, i) -> new Choice(rs.getString(1), null, null, rs.getString(2), rs.getString(3))).list();
        }
        return schemes;
    }
}
