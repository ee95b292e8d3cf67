package cymru.gofal.simulator.internal;

import java.util.List;

/**
 * A council as the simulator models it: its code (authority.code), local authority number for unique pupil
 * numbers, population, the share of Welsh speakers and of White British people, names, where people live, and
 * the block of test NHS numbers (999 000 000 + start, {@code nhsSize} long) it draws from, disjoint from every
 * other council's so that no two simulated people share one.
 */
public record CouncilProfile(String code, String laCode, int population, double welshShare, double whiteBritishShare,
        String nameEn, String nameCy, List<Place> places, int nhsStart, int nhsSize) {

    /** An area (address line 2, may be null), its post town and postcode districts. */
    public record Place(String area, String town, List<String> districts) {
    }
}
