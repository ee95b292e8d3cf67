package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An agreed version of a plan (a row of plan_version without its content): who agreed it, when, and its cost. */
public record VersionRow(long id, long planId, int number, LocalDate agreedOn, boolean byPerson, boolean byCarer,
        boolean byAdvocate, String advocateName, String note, BigDecimal weeklyCost, BigDecimal annualCost, LocalDate reviewOn,
        Instant recordedAt, String recordedBy) {
}
