package cymru.gofal.simulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The 22 Welsh councils of {@code councils.tsv} and {@code places.tsv}, in file order (Merthyr Tydfil first). */
public final class CouncilProfiles {

    /** NHS numbers 999 000 000 0 to 999 999 999 9 are reserved for test data: a million nine-digit prefixes. */
    static final int NHS_PREFIXES = 1_000_000;
    private static final List<CouncilProfile> ALL = load();

    private CouncilProfiles() {
    }

    public static List<CouncilProfile> all() {
        return ALL;
    }

    public static CouncilProfile byCode(String code) {
        return ALL.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No simulated council with code " + code));
    }

    private static List<CouncilProfile> load() {
        Map<String, List<CouncilProfile.Place>> places = new LinkedHashMap<>();
        for (String line : DataFiles.lines("places.tsv")) {
            String[] f = line.split("\t", -1);
            places.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new CouncilProfile.Place(
                    f[1].isBlank() ? null : f[1], f[2], List.of(f[3].split(" "))));
        }
        List<String[]> rows = DataFiles.lines("councils.tsv").stream().map(l -> l.split("\t", -1)).toList();
        long total = rows.stream().mapToLong(f -> Integer.parseInt(f[2])).sum();
        List<CouncilProfile> councils = new ArrayList<>();
        long cumulative = 0;
        for (String[] f : rows) {
            int population = Integer.parseInt(f[2]);
            int start = (int) (cumulative * NHS_PREFIXES / total);
            cumulative += population;
            int end = (int) (cumulative * NHS_PREFIXES / total);
            List<CouncilProfile.Place> where = places.get(f[0]);
            if (where == null) {
                throw new IllegalStateException("places.tsv has no places for " + f[0]);
            }
            councils.add(new CouncilProfile(f[0], f[1], population, Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    f[5], f[6], List.copyOf(where), start, end - start));
        }
        return List.copyOf(councils);
    }
}
