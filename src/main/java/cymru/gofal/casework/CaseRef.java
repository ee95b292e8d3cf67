package cymru.gofal.casework;

import java.time.LocalDate;

/**
 * A case as other modules see it.
 *
 * @param serviceArea ADULTS or CHILDREN
 * @param staffId     the allocated worker; null while unallocated
 * @param complexity  code of case_complexity
 * @param closedOn    null while open
 */
public record CaseRef(long id, long personId, String serviceArea, long teamId, Long staffId, String complexity,
        LocalDate openedOn, LocalDate closedOn) {

    public boolean open() {
        return closedOn == null;
    }
}
