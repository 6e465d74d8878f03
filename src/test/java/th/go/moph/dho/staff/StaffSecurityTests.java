package th.go.moph.dho.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.time.Duration;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.go.moph.dho.MutableClock;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClock.Config.class)
class StaffSecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	MutableClock clock;

	private void account(String username, StaffRole... roles) {
		if (!this.accounts.exists(username)) {
			this.accounts.create(username, "นางสาวสมศรี ใจดี", "นักวิชาการสาธารณสุขชำนาญการ",
					EnumSet.copyOf(java.util.List.of(roles)), "correct-horse-battery");
		}
	}

	@Test
	void unauthenticatedStaffUrlRedirectsToTheLoginPage() throws Exception {
		this.mvc.perform(get("/staff/content/mine"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/staff/login"));
		this.mvc.perform(get("/staff/staff.css")).andExpect(status().isOk());
		this.mvc.perform(get("/staff/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("เข้าสู่ระบบเจ้าหน้าที่")));
	}

	@Test
	void pagesCarryStrictSecurityHeaders() throws Exception {
		this.mvc.perform(get("/staff/login"))
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
		this.mvc.perform(get("/staff/login").secure(true)).andExpect(header().exists("Strict-Transport-Security"));
	}

	@Test
	void staffLogsInWithFormAndGetsANewSession() throws Exception {
		account("login-ok", StaffRole.EDITOR);
		MockHttpSession before = new MockHttpSession();
		String oldId = before.getId();
		var result = this.mvc
			.perform(post("/staff/login").session(before)
				.with(csrf())
				.param("username", "login-ok")
				.param("password", "correct-horse-battery"))
			.andExpect(authenticated().withRoles("EDITOR"))
			.andExpect(redirectedUrl("/staff"))
			.andReturn();
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(oldId);
	}

	@Test
	void formPostWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/staff/content/new/news").with(user("somsri").roles("EDITOR")).param("title", "ข่าว"))
			.andExpect(status().isForbidden());
	}

	@Test
	void loginPostWithoutCsrfTokenIsRefused() throws Exception {
		account("csrf-user", StaffRole.EDITOR);
		this.mvc.perform(post("/staff/login").param("username", "csrf-user").param("password", "correct-horse-battery"))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void httpBasicOnStaffApiWorksForAStaffAccount() throws Exception {
		account("script", StaffRole.EDITOR);
		this.mvc.perform(get("/api/staff/me").with(httpBasic("script", "correct-horse-battery")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("นางสาวสมศรี ใจดี"));
		// Basic-authenticated posts need no CSRF token: a browser never sends Basic
		// credentials by itself here
		this.mvc
			.perform(post("/api/staff/markdown-preview").with(httpBasic("script", "correct-horse-battery"))
				.contentType(MediaType.TEXT_PLAIN)
				.content("**ตัวหนา** <script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<strong>ตัวหนา</strong>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>"))));
	}

	@Test
	void httpBasicWithBadCredentialsIsRefusedWithoutABrowserChallenge() throws Exception {
		account("script2", StaffRole.EDITOR);
		this.mvc.perform(get("/api/staff/me").with(httpBasic("script2", "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"));
		this.mvc.perform(get("/api/staff/me")).andExpect(status().isUnauthorized());
	}

	@Test
	void sessionCallsToStaffApiNeedTheCsrfToken() throws Exception {
		this.mvc
			.perform(post("/api/staff/markdown-preview").with(user("somsri").roles("EDITOR"))
				.contentType(MediaType.TEXT_PLAIN)
				.content("x"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/staff/markdown-preview").with(user("somsri").roles("EDITOR"))
				.with(csrf())
				.contentType(MediaType.TEXT_PLAIN)
				.content("x"))
			.andExpect(status().isOk());
	}

	@Test
	void accountIsLockedAfterRepeatedFailuresAndUnlocksLater() throws Exception {
		account("forgetful", StaffRole.EDITOR);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/staff/login").user("forgetful").password("wrong"))
				.andExpect(redirectedUrl("/staff/login?error"));
		}
		this.mvc.perform(formLogin("/staff/login").user("forgetful").password("correct-horse-battery"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/staff/login?locked"));
		this.mvc.perform(get("/staff/login").param("locked", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ถูกระงับชั่วคราว")));
		this.mvc.perform(get("/api/staff/me").with(httpBasic("forgetful", "correct-horse-battery")))
			.andExpect(status().isUnauthorized());

		this.clock.advance(Duration.ofMinutes(16));
		this.mvc.perform(formLogin("/staff/login").user("forgetful").password("correct-horse-battery"))
			.andExpect(authenticated());
	}

	@Test
	void deactivatedAccountCannotLogIn() throws Exception {
		account("leaver", StaffRole.EDITOR);
		this.accounts.setActive("leaver", false);
		this.mvc.perform(formLogin("/staff/login").user("leaver").password("correct-horse-battery"))
			.andExpect(unauthenticated());
		assertThat(this.accounts.find("leaver")).isPresent();
	}

	@Test
	void editorCannotApprove() throws Exception {
		this.mvc.perform(post("/staff/review/1/approve").with(user("somsri").roles("EDITOR")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/review").with(user("somsri").roles("EDITOR"))).andExpect(status().isForbidden());
	}

	@Test
	void onlyAdminsManageAccounts() throws Exception {
		this.mvc.perform(get("/staff/users").with(user("somchai").roles("APPROVER"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/staff/users/new").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("username", "newbie")
				.param("displayName", "นายใหม่ ใจดี")
				.param("position", "เจ้าพนักงานสาธารณสุข")
				.param("roles", "EDITOR", "APPROVER")
				.param("password", "a-good-long-password"))
			.andExpect(redirectedUrl("/staff/users"));
		assertThat(this.accounts.find("newbie")).hasValueSatisfying(m -> {
			assertThat(m.roles()).containsExactlyInAnyOrder(StaffRole.EDITOR, StaffRole.APPROVER);
			assertThat(m.position()).isEqualTo("เจ้าพนักงานสาธารณสุข");
		});
		this.mvc
			.perform(post("/staff/users/newbie/active").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("active", "false"))
			.andExpect(redirectedUrl("/staff/users"));
		this.mvc.perform(get("/staff/users").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("นายใหม่ ใจดี")));
		this.mvc.perform(formLogin("/staff/login").user("newbie").password("a-good-long-password"))
			.andExpect(unauthenticated());
	}

	@Test
	void adminCannotRemoveTheirOwnAdminRole() throws Exception {
		account("chief-admin", StaffRole.ADMIN);
		this.mvc
			.perform(post("/staff/users/chief-admin").with(user("chief-admin").roles("ADMIN"))
				.with(csrf())
				.param("username", "chief-admin")
				.param("displayName", "นายผู้ดูแล")
				.param("position", "นักวิชาการคอมพิวเตอร์")
				.param("roles", "EDITOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ไม่สามารถนำบทบาทผู้ดูแลระบบออก")));
		assertThat(this.accounts.find("chief-admin").orElseThrow().roles()).contains(StaffRole.ADMIN);
	}

	@Test
	void adminFormRefusesShortPasswordWithThaiMessage() throws Exception {
		this.mvc.perform(newAccount("shorty", "นายสั้น", "EDITOR", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร")));
		assertThat(this.accounts.exists("shorty")).isFalse();
	}

	@Test
	void aForgedRoleAndAShortPasswordAreBothReportedInThai() throws Exception {
		this.mvc.perform(newAccount("forged", "นายปลอม", "SUPERUSER", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("รหัสผ่านต้องมีอย่างน้อย 10 ตัวอักษร")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("รูปแบบข้อมูลไม่ถูกต้อง")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("นายปลอม")));
		assertThat(this.accounts.exists("forged")).isFalse();
	}

	/** An admin's "new account" form as the browser sends it. */
	private static MockHttpServletRequestBuilder newAccount(String username, String displayName, String role,
			String password) {
		return post("/staff/users/new").with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("username", username)
			.param("displayName", displayName)
			.param("position", "ตำแหน่ง")
			.param("roles", role)
			.param("password", password);
	}

}
