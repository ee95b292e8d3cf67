package cymru.gofal.people.web;

/** Record numbers as people type them, perhaps copied with the thousands separator pages once showed (1,042). */
final class RecordNumbers {

    private RecordNumbers() {
    }

    /** The number, or null when the text is not one. */
    static Long parse(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.strip().replaceAll("[\\s,]", "");
        return digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
    }
}
