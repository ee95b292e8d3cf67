package cymru.gofal.people.internal;

import java.time.Instant;

/** A person as stored: their details, whether restricted or merged into another record, and the row version. */
public record PersonRecord(long id, long authorityId, PersonDetails details, boolean restricted, Long mergedInto, int version,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public String fullName() {
        return details.givenNames() + " " + details.familyName();
    }
}
