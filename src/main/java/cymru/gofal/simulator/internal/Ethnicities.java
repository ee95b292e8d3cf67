package cymru.gofal.simulator.internal;

/**
 * The ethnic groups other than White British (codes of V3's ethnicity table), weighted as in Merthyr Tydfil's
 * 2021 Census results: mostly other White (many Polish and Portuguese), then Asian, Mixed and Black groups.
 */
final class Ethnicities {

    private Ethnicities() {
    }

    static Weighted<String> minorities() {
        return new Weighted<String>()
                .add(40, "WHITE_OTHER").add(3, "WHITE_IRISH").add(2, "WHITE_GYPSY_TRAVELLER").add(1, "WHITE_ROMA")
                .add(5, "MIXED_WHITE_BLACK_CARIBBEAN").add(3, "MIXED_WHITE_BLACK_AFRICAN").add(5, "MIXED_WHITE_ASIAN")
                .add(4, "MIXED_OTHER").add(5, "ASIAN_INDIAN").add(3, "ASIAN_PAKISTANI").add(5, "ASIAN_BANGLADESHI")
                .add(3, "ASIAN_CHINESE").add(4, "ASIAN_OTHER").add(5, "BLACK_AFRICAN").add(1, "BLACK_CARIBBEAN")
                .add(1, "BLACK_OTHER").add(2, "OTHER_ARAB").add(3, "OTHER_ANY");
    }
}
