package th.go.moph.dho.staff;

import java.time.Clock;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads staff accounts for login: deactivated accounts are disabled, accounts within
 * their lock-out period are locked.
 */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	private final Clock clock;

	StaffUserDetailsService(StaffAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = this.accounts.findByUsernameIgnoreCase(username.strip())
			.orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
		return new StaffUser(account.getUsername(), account.getPasswordHash(), account.isActive(),
				!account.isLockedAt(this.clock.instant()),
				account.getRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(),
				account.getDisplayName(), account.getPosition());
	}

}
