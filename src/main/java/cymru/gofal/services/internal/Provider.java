package cymru.gofal.services.internal;

import java.time.LocalDate;
import java.util.List;

import cymru.gofal.services.Offer;

/**
 * A provider with its offers, newest first. version locks the provider and its offers together: any change to either
 * names the version it was made from.
 */
public record Provider(long id, String name, boolean inHouse, boolean active, int version, List<Offer> offers) {

    /** Offers still running on {@code day} or starting after it. */
    public List<Offer> currentOn(LocalDate day) {
        return offers.stream().filter(o -> o.toDate() == null || !o.toDate().isBefore(day)).toList();
    }

    /** Offers that ended before {@code day} (kept: old plans were costed from them). */
    public List<Offer> endedBefore(LocalDate day) {
        return offers.stream().filter(o -> o.toDate() != null && o.toDate().isBefore(day)).toList();
    }
}
