package cymru.gofal.workforce.internal;

import java.time.LocalDate;

/** A qualification a member of staff holds, and when it was awarded (null when not recorded). */
public record HeldQualification(String code, LocalDate awardedOn) {
}
