package cymru.gofal.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The search key of a name: lower case, accents removed (Siân and Sian match), punctuation dropped (O'Brien
 * and OBrien match), and each word that is a spelling variant of a name (Dafydd, David, Dai; Rhys, Rees) turned
 * into one form, from the list in {@code name-variants.txt}. Trigram similarity on these keys then tolerates
 * typos. The person register stores a key per person (every name they are known by) and keys each query the
 * same way; the simulator uses this class too, so keys written in bulk are the same as keys written one by one.
 * A person's key keeps a variant's own spelling beside its one form ("david dafydd"), so that a typo in it
 * ("Davdi") is still one letter pair away from a word of the key. After the variant list changes, the command
 * {@code --gofal.command=rebuild-search-keys} recomputes every stored key.
 */
public final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> VARIANTS = load();

    private NameKeys() {
    }

    /** The key of every name a person is known by, each word once, in order, variants with their own spelling too. */
    public static String searchKey(String givenNames, String familyName, String preferredName, Collection<String> otherNames) {
        Set<String> words = new LinkedHashSet<>();
        add(words, givenNames, true);
        add(words, familyName, true);
        add(words, preferredName, true);
        for (String other : otherNames) {
            add(words, other, true);
        }
        return String.join(" ", words);
    }

    /** The words of a name as spelt (lower case, without accents), no variant mapped to its one form. */
    public static String spellingKey(String typed) {
        Set<String> words = new LinkedHashSet<>();
        if (typed != null) {
            for (String w : NOT_LETTERS.split(plain(typed))) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return String.join(" ", words);
    }

    /** The key of a name typed into a search: each word in its one form. */
    public static String queryKey(String typed) {
        Set<String> words = new LinkedHashSet<>();
        add(words, typed, false);
        return String.join(" ", words);
    }

    private static void add(Set<String> words, String name, boolean keepSpelling) {
        if (name == null) {
            return;
        }
        for (String w : NOT_LETTERS.split(plain(name))) {
            if (!w.isEmpty()) {
                words.add(VARIANTS.getOrDefault(w, w));
                if (keepSpelling) {
                    words.add(w);
                }
            }
        }
    }

    private static String plain(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        return APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> load() {
        Map<String, String> variants = new HashMap<>();
        try (InputStream in = NameKeys.class.getResourceAsStream("name-variants.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] names = line.split("\\s+");
                for (String name : names) {
                    String before = variants.put(name, names[0]);
                    if (before != null && !before.equals(names[0])) {
                        throw new IllegalStateException("name-variants.txt: " + name + " is in two groups");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(variants);
    }
}
