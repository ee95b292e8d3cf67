package cymru.gofal.people;

import java.util.Map;

/**
 * Need-to-know as SQL, for other modules' lists and counts: {@link #visible(String)} is a predicate that holds
 * when the signed-in user may know the person whose id is in the given column exists. Restricted records are
 * then absent from every list and count, as they are from the register's own. Bind {@link #params()} with the
 * query; the parameter names all start with {@code viewer} or are {@code authority}, so do not reuse those.
 */
public record PersonVisibility(String predicate, Map<String, Object> params) {

    /** The predicate over the person id in {@code personIdColumn} (for example {@code r.person_id}). */
    public String visible(String personIdColumn) {
        if (!personIdColumn.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?")) {
            throw new IllegalArgumentException("Not a column reference: " + personIdColumn);
        }
        return "EXISTS (SELECT 1 FROM person p WHERE p.id = " + personIdColumn + " AND " + predicate + ")";
    }
}
