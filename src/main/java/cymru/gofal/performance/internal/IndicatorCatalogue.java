package cymru.gofal.performance.internal;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The indicator catalogue, read from the database in catalogue order. Refuses (at read) any row whose view or
 * column names are not plain identifiers, so the engine may put them into SQL.
 */
@Component
public class IndicatorCatalogue {

    private static final Pattern VIEW = Pattern.compile("[a-z]+_facts_[a-z_]+");
    private static final Pattern COLUMN = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;

    IndicatorCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The catalogue is migration data: read once, then kept (a new indicator arrives with a release, and a restart). */
    private volatile List<Indicator> cached;

    public List<Indicator> all() {
        List<Indicator> list = cached;
        if (list == null) {
            list = read();
            cached = list;
        }
        return list;
    }

    private List<Indicator> read() {
        return jdbc.sql("""
                SELECT code, framework, service_area, title_en, title_cy, definition_en, definition_cy, numerator_en, numerator_cy,
                       denominator_en, denominator_cy, polarity, unit, source_view, period_column, team_column, person_column,
                       row_id_column, denominator_where, numerator_where, record_path, source, verified
                  FROM indicator ORDER BY ordinal""")
                .query((rs, i) -> checked(new Indicator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17),
                        rs.getString(18), rs.getString(19), rs.getString(20), rs.getString(21), rs.getString(22), rs.getBoolean(23))))
                .list();
    }

    public Optional<Indicator> find(String code) {
        return all().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    static Indicator checked(Indicator i) {
        if (!VIEW.matcher(i.sourceView()).matches()) {
            throw new IllegalStateException("Indicator " + i.code() + ": not a reporting view: " + i.sourceView());
        }
        for (String c : List.of(i.periodColumn(), i.teamColumn(), i.personColumn(), i.rowIdColumn())) {
            if (!COLUMN.matcher(c).matches()) {
                throw new IllegalStateException("Indicator " + i.code() + ": not a column: " + c);
            }
        }
        return i;
    }
}
