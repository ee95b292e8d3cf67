package cymru.gofal.simulator.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Given names by sex, generation and language, family names, preferred forms and streets, from the data files. */
final class NameLists {

    static final NameLists INSTANCE = new NameLists();

    private final Map<String, Weighted<String>> given = new HashMap<>();
    private final Weighted<String> family = new Weighted<>();
    private final Map<String, String> preferred = new HashMap<>();
    private final List<String> streets;

    private NameLists() {
        for (String line : DataFiles.lines("given-names.txt")) {
            String[] f = line.split(" ", 5);
            given.computeIfAbsent(key(f[0], f[1], f[2]), k -> new Weighted<>()).add(Double.parseDouble(f[3]), f[4]);
        }
        for (String line : DataFiles.lines("family-names.txt")) {
            String[] f = line.split(" ", 2);
            family.add(Double.parseDouble(f[0]), f[1]);
        }
        for (String line : DataFiles.lines("preferred-names.tsv")) {
            String[] f = line.split("\t");
            preferred.put(f[0], f[1]);
        }
        streets = DataFiles.lines("streets.txt");
    }

    /**
     * A given name for someone of this sex ("F" or "M") born in this year; Welsh-speaking families choose a
     * Welsh name four times in five, others one time in five.
     */
    String given(SplittableRandom random, String sex, int birthYear, boolean welshFamily) {
        String generation = birthYear >= 2000 ? "Y" : birthYear >= 1965 ? "M" : "O";
        boolean welshName = random.nextDouble() < (welshFamily ? 0.8 : 0.2);
        return given.get(key(sex, generation, welshName ? "W" : "E")).pick(random);
    }

    String family(SplittableRandom random) {
        return family.pick(random);
    }

    /** The short form some people with this given name prefer, or null. */
    String preferred(String givenName) {
        return preferred.get(givenName);
    }

    String street(SplittableRandom random) {
        return streets.get(random.nextInt(streets.size()));
    }

    private static String key(String sex, String generation, String language) {
        return sex + generation + language;
    }
}
