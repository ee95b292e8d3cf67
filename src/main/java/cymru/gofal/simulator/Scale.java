package cymru.gofal.simulator;

/**
 * How much to simulate. {@code S}: one Merthyr-like council (8,000 people known to social services, 150 staff).
 * {@code L}: all 22 Welsh councils, 1,030,000 people split by population (at least 1,000,000 even without the
 * default council, which may already hold {@code S}) and about 3,300 staff.
 */
enum Scale {
    S(8_000, 150),
    L(1_030_000, 3_300);

    final int people;
    final int staff;

    Scale(int people, int staff) {
        this.people = people;
        this.staff = staff;
    }
}
