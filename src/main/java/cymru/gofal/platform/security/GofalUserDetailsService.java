package cymru.gofal.platform.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class GofalUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    GofalUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
