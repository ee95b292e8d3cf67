package cymru.gofal.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every string a person reads comes from the message bundles, in English and Welsh (architecture
 * convention 8): the two bundles have the same keys, none is empty, and no template holds literal text.
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Text between tags that contains a letter. */
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");
    /** Attributes people read (or screen readers announce) given literally rather than through th:. */
    private static final Pattern LITERAL_ATTR = Pattern.compile("(?<![:\\w-])(title|alt|placeholder|aria-label|value)=\"([^\"]*\\p{L}[^\"]*)\"");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    /** The bundles spring.messages.basename names: the platform's, then one per module (i18n/<module>). */
    static List<String> basenames() throws IOException {
        String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
        Matcher m = Pattern.compile("basename:\\s*(\\S+)").matcher(yaml);
        assertThat(m.find()).as("spring.messages.basename in application.yml").isTrue();
        return List.of(m.group(1).split(","));
    }

    static List<String> bundleFiles() throws IOException {
        List<String> files = new ArrayList<>();
        for (String base : basenames()) {
            files.add(base + ".properties");
            files.add(base + "_cy.properties");
        }
        return files;
    }

    @Test
    void englishAndWelshBundlesHaveTheSameKeys() throws IOException {
        for (String base : basenames()) {
            Properties en = load(base + ".properties");
            Properties cy = load(base + "_cy.properties");
            Set<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
            onlyEnglish.removeAll(cy.stringPropertyNames());
            Set<String> onlyWelsh = new TreeSet<>(cy.stringPropertyNames());
            onlyWelsh.removeAll(en.stringPropertyNames());
            assertThat(onlyEnglish).as("keys missing from " + base + "_cy.properties").isEmpty();
            assertThat(onlyWelsh).as("keys missing from " + base + ".properties").isEmpty();
        }
    }

    /** A key defined in two bundles would show whichever the message source reads first: each key lives once. */
    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        java.util.Map<String, String> owner = new java.util.TreeMap<>();
        List<String> twice = new ArrayList<>();
        for (String base : basenames()) {
            for (String key : load(base + ".properties").stringPropertyNames()) {
                String before = owner.putIfAbsent(key, base);
                if (before != null) {
                    twice.add(key + " in " + before + " and " + base);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : bundleFiles()) {
            Properties p = load(bundle);
            assertThat(p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()))
                    .as("empty messages in " + bundle).isEmpty();
        }
    }

    /** MessageFormat reads a lone ' as a quote: in messages with arguments every apostrophe must be doubled. */
    @Test
    void apostrophesInMessagesWithArgumentsAreDoubled() throws IOException {
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (String bundle : bundleFiles()) {
            Properties p = load(bundle);
            List<String> bad = p.stringPropertyNames().stream()
                    .filter(k -> p.getProperty(k).matches("(?s).*\\{\\d.*") && lone.matcher(p.getProperty(k)).find())
                    .sorted().toList();
            assertThat(bad).as("messages with arguments and a lone apostrophe in " + bundle).isEmpty();
        }
    }

    /** Every message with arguments is a valid MessageFormat pattern (a broken one fails only when shown). */
    @Test
    void everyMessageWithArgumentsFormats() throws IOException {
        for (String bundle : bundleFiles()) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                if (pattern.matches("(?s).*\\{\\d.*")) {
                    String formatted = new java.text.MessageFormat(pattern, java.util.Locale.UK).format(new Object[] {2, 3, 4});
                    assertThat(formatted).as(bundle + " " + key).doesNotContain("{");
                }
            }
        }
    }

    @Test
    void everyMessageKeyATemplateNamesLiterallyExists() throws IOException {
        Properties en = new Properties();
        for (String base : basenames()) {
            en.putAll(load(base + ".properties"));
        }
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = literalKey.matcher(Files.readString(template));
            while (m.find()) {
                if (!en.containsKey(m.group(1))) {
                    missing.add(template + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            String html = COMMENT.matcher(Files.readString(template)).replaceAll("");
            Matcher text = TEXT_NODE.matcher(html);
            while (text.find()) {
                offences.add(template + ": text \"" + text.group(1).strip() + "\"");
            }
            Matcher attr = LITERAL_ATTR.matcher(html);
            while (attr.find()) {
                offences.add(template + ": " + attr.group(1) + "=\"" + attr.group(2) + "\"");
            }
        }
        assertThat(offences).as("literal text in templates: use th:text with a message key").isEmpty();
    }

    @Test
    void theLiteralTextCheckCatchesText() {
        assertThat(TEXT_NODE.matcher("<p>Hello</p>").find()).isTrue();
        assertThat(TEXT_NODE.matcher("<p th:text=\"#{x}\"></p>").find()).isFalse();
        assertThat(LITERAL_ATTR.matcher("<img alt=\"A photo\">").find()).isTrue();
        assertThat(LITERAL_ATTR.matcher("<img th:alt=\"#{photo}\">").find()).isFalse();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("bundle " + name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
