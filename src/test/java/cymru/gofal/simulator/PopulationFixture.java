package cymru.gofal.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import cymru.gofal.simulator.internal.CouncilProfiles;
import cymru.gofal.simulator.internal.PeopleBatch;
import cymru.gofal.simulator.internal.PopulationGenerator;
import cymru.gofal.simulator.internal.PopulationSpec;

/** Generates a council's people in memory, and a checksum of every generated row. */
final class PopulationFixture {

    static final LocalDate AS_OF = LocalDate.of(2026, 4, 1);

    private PopulationFixture() {
    }

    static PopulationSpec spec(String council, long seed, int people) {
        return new PopulationSpec(CouncilProfiles.byCode(council), seed, people, AS_OF, 5, List.of("practitioner"), List.of());
    }

    /** All of the council's people in one batch. */
    static PeopleBatch generate(PopulationSpec spec) {
        PopulationGenerator generator = new PopulationGenerator(spec);
        PeopleBatch all = generator.next(Integer.MAX_VALUE);
        if (generator.hasNext()) {
            throw new IllegalStateException("generator not finished");
        }
        return all;
    }

    static String checksum(PopulationSpec spec) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            PopulationGenerator generator = new PopulationGenerator(spec);
            while (generator.hasNext()) {
                PeopleBatch b = generator.next(1000);
                for (List<?> rows : List.of(b.people(), b.names(), b.addresses(), b.identifiers(), b.relations(), b.access())) {
                    for (Object row : rows) {
                        sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
                        sha.update((byte) '\n');
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
