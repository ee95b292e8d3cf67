package cymru.gofal.review.internal;

/**
 * A review change breaks a rule of the review (a level off the question's scale, a published review, a status
 * step backwards...): field names the form field, messageKey the review bundle's message. Pages show it in the
 * error summary; the API answers 400 (or 409 for a published review, see {@link #conflict()}).
 */
public class ReviewRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final boolean conflict;

    public ReviewRuleException(String field, String messageKey) {
        this(field, messageKey, false);
    }

    public ReviewRuleException(String field, String messageKey, boolean conflict) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.conflict = conflict;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The review's state (published) refuses any change, whatever was sent. */
    public boolean conflict() {
        return conflict;
    }
}
