package cymru.gofal.casework.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The three work trays: a worker's own work, a team's work (allocated or not), and a team's unallocated work.
 * {@link #param()} is the value of the {@code view} request parameter.
 */
public enum TrayView {
    MINE,
    TEAM,
    UNALLOCATED;

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the tray is a team's (with a worker column and a choice of team). */
    public boolean teamView() {
        return this != MINE;
    }

    /** The view a request parameter names (exactly "mine", "team" or "unallocated"); empty for anything else. */
    public static Optional<TrayView> fromParam(String value) {
        for (TrayView v : values()) {
            if (v.param().equals(value)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
