package cymru.gofal.platform.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;

/** Who the API thinks the caller is: a script's first check that its credentials work. */
@RestController
@Tag(name = "Me", description = "The signed-in user")
class MeApiController {

    @PreAuthorize("isAuthenticated()")
    @GetMapping("/api/me")
    @Operation(summary = "The signed-in user: username, name, role, council and language")
    Me me() {
        GofalUser user = CurrentUser.get().orElseThrow();
        return new Me(user.getUsername(), user.displayName(), user.role().name(), user.authorityId(), user.locale());
    }

    /** The signed-in user as the API shows them. */
    record Me(String username, String displayName, String role, long councilId, String language) {
    }
}
