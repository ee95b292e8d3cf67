package cymru.gofal.services.web;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;
import cymru.gofal.services.internal.CatalogueAccess;

/** Whether the signed-in user may change the catalogue, so pages show the forms only to them ({@code @catalogueRights.edit()}). */
@Component("catalogueRights")
class CatalogueRights {

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    private final Set<Role> edit = ROLE.matcher(CatalogueAccess.EDIT).results().map(r -> Role.valueOf(r.group(1)))
            .collect(Collectors.toUnmodifiableSet());

    public boolean edit() {
        return CurrentUser.get().map(u -> edit.contains(u.role())).orElse(false);
    }
}
