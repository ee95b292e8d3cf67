package cymru.gofal.intake.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import cymru.gofal.workforce.StaffRef;
import cymru.gofal.workforce.Workforce;

/**
 * The names of the staff who did things, by their sign-in usernames, for pages that say who. Each distinct username
 * is looked up once (the workforce facade audits every staff record it hands out); a username without a staff record
 * (an administrator, say) is shown as it is.
 */
@Component("intakeStaffNames")
class StaffNames {

    private final Workforce workforce;

    StaffNames(Workforce workforce) {
        this.workforce = workforce;
    }

    Map<String, String> of(long authorityId, Collection<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        usernames.stream().filter(Objects::nonNull).distinct().forEach(u -> names.put(u,
                workforce.staffByUsername(authorityId, u).map(StaffRef::displayName).orElse(u)));
        return names;
    }
}
