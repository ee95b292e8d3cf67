package cymru.gofal.platform.web;

/**
 * One error on a page form, for the GOV.UK error summary and the field's own message: the field's id (the
 * summary links to it), a message key and its arguments.
 */
public record FormError(String field, String messageKey, Object... args) implements java.io.Serializable {
}
