package cymru.gofal.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Free text from forms: paragraphs typed in a text area are kept; hidden control characters are refused. */
class FormTextTest {

    @Test
    void lineBreaksAndTabsFromATextAreaAreAccepted() {
        List<FormError> errors = new ArrayList<>();
        String text = FormText.required("summary", "First paragraph.\r\n\r\nSecond\tparagraph.", 100, "x.summary", errors);
        assertThat(errors).isEmpty();
        assertThat(text).isEqualTo("First paragraph.\r\n\r\nSecond\tparagraph.");
    }

    @Test
    void otherControlAndFormatCharactersAreRefused() {
        for (String bad : List.of("bell\u0007", "null\u0000", "hidden\u200Ejoin", "escape\u001B[31m")) {
            List<FormError> errors = new ArrayList<>();
            assertThat(FormText.optional("summary", bad, 100, "x.summary", errors)).isNull();
            assertThat(errors).extracting(FormError::messageKey).containsExactly("x.summary.invalid");
        }
    }

    @Test
    void aOneLineBoxRefusesLineBreaksAndTabsThatATextAreaAccepts() {
        for (String bad : List.of("Two\nlines", "Carriage\rreturn", "Tab\there")) {
            List<FormError> errors = new ArrayList<>();
            assertThat(FormText.requiredLine("title", bad, 100, "x.title", errors)).isNull();
            assertThat(errors).extracting(FormError::messageKey).containsExactly("x.title.invalid");
        }
        List<FormError> errors = new ArrayList<>();
        assertThat(FormText.optionalLine("title", "  One line  ", 100, "x.title", errors)).isEqualTo("One line");
        assertThat(FormText.optionalLine("title", "", 100, "x.title", errors)).isNull();
        assertThat(errors).isEmpty();
    }
}
