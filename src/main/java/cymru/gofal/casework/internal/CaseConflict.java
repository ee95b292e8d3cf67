package cymru.gofal.casework.internal;

/**
 * The case's state refuses the change whatever the input: it is closed (no allocation, transfer, note or change), the
 * person already has an open case in that service area, or the note was corrected by someone else. Pages show the
 * message; the API answers 409.
 *
 * @see #messageKey() the message saying why, for the page and the problem detail
 */
public class CaseConflict extends cymru.gofal.platform.web.RefusedInput {

    private final String field;
    private final String messageKey;

    public CaseConflict(String field, String messageKey) {
        super(java.util.List.of(new cymru.gofal.platform.web.FormError(field, messageKey)), true);
        this.field = field;
        this.messageKey = messageKey;
    }

    public static CaseConflict closed(String field) {
        return new CaseConflict(field, "casework.error.closed");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    @Override
    public String conflictTitleKey() {
        return "casework.api.conflict.title";
    }
}
