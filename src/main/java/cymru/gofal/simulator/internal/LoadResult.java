package cymru.gofal.simulator.internal;

/** What loading one council did, and the rows it wrote. */
public record LoadResult(Outcome outcome, long people, long names, long addresses, long identifiers, long relationships,
        long restricted, long teams, long staff, long contacts, long referrals, long assessments, long cases, long plans, long reviews) {

    public enum Outcome {
        /** The council was filled. */
        LOADED,
        /** The simulator had filled this council before: nothing written. */
        ALREADY_LOADED,
        /** The council holds people the simulator did not make: nothing written, they are never mixed. */
        HAS_OTHER_PEOPLE
    }

    static LoadResult nothing(Outcome outcome) {
        return new LoadResult(outcome, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
