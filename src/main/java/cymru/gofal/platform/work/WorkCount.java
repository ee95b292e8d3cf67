package cymru.gofal.platform.work;

/** How much open work is in a scope, and how much of it is overdue. */
public record WorkCount(long open, long overdue) {

    public WorkCount plus(WorkCount other) {
        return new WorkCount(open + other.open, overdue + other.overdue);
    }
}
