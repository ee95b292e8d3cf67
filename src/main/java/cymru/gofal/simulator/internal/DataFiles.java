package cymru.gofal.simulator.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The simulator's data files (resources beside this package): lines that are not blank or a # comment. */
final class DataFiles {

    private DataFiles() {
    }

    static List<String> lines(String name) {
        try (InputStream in = DataFiles.class.getResourceAsStream("/cymru/gofal/simulator/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing simulator data file " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
