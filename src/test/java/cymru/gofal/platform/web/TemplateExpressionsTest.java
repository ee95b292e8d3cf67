package cymru.gofal.platform.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thymeleaf reads {@code __...__} inside an attribute it processes as preprocessing, so two GOV.UK class names with
 * a BEM double underscore in one th: attribute break the page at run time (only when that branch renders). Such
 * underscores must be escaped as {@code \_\_}.
 */
class TemplateExpressionsTest {

    private static final Pattern TH_ATTRIBUTE = Pattern.compile("th:[\\w-]+=\"([^\"]*)\"");

    @Test
    void noThymeleafAttributeHoldsAnUnescapedPairOfDoubleUnderscores() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = TH_ATTRIBUTE.matcher(Files.readString(file));
                while (m.find()) {
                    String value = m.group(1).replace("\\_\\_", "");
                    int first = value.indexOf("__");
                    if (first >= 0 && value.indexOf("__", first + 2) >= 0 && !value.matches("(?s).*__\\$\\{.*\\}__.*")) {
                        offences.add(file + ": " + m.group());
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }
}
