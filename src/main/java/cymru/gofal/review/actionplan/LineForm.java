package cymru.gofal.review.actionplan;

/**
 * A plan line as typed on the page or sent to the API (the same names): action (the review_action id), description,
 * ownerUser (a Gofal user name) or ownerPost (a post), dueOn, measure, indicator (a catalogue code), target, status,
 * droppedReason. Raw text; {@link LineChecks} parses it.
 */
public record LineForm(String action, String description, String ownerUser, String ownerPost, String dueOn, String measure,
        String indicator, String target, String status, String droppedReason) implements java.io.Serializable {

    static LineForm of(PlanLine l) {
        return new LineForm(String.valueOf(l.actionId()), l.description(), l.ownerUsername(),
                l.ownerUserId() == null ? l.ownerName() : null, l.dueOn().toString(), l.measure(), l.indicatorCode(),
                l.targetValue() == null ? null : l.targetValue().toPlainString(), l.status().name(), l.droppedReason());
    }
}
