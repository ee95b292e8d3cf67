package cymru.gofal.people;

/** Family names for tests that share the database: random enough that one test's searches never find another's people. */
public final class PeopleApiTestNames {

    private PeopleApiTestNames() {
    }

    public static String unique() {
        return PeopleApiTest.unique();
    }
}
