package th.go.moph.dho.linelogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With a real LINE channel configured (production settings) and no LIFF id, there is no
 * mock: no token minting, no stand-in, and without a LINE Login channel id every token is
 * refused.
 */
@SpringBootTest(properties = { "dho.line.channel-secret=secret", "dho.line.channel-token=token" })
@AutoConfigureMockMvc
class LiffProductionSettingsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void mockEndpointsDoNotExistUnderProductionSettings() throws Exception {
		this.mvc
			.perform(post("/dev/liff/id-token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"userId\":\"" + FakeVerifyServer.USER + "\"}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(LiffMode.FAKE_VERIFY_PATH).param("id_token", "x").param("client_id", "simulator"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/liff/config"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mock").value(false))
			.andExpect(jsonPath("$.liffId").doesNotExist());
	}

	@Test
	void simulatorNeverRunsUnderTheMysqlProfileOrWhenSwitchedOff() {
		assertThat(LocalSimulator.runs(new MockEnvironment())).isTrue();
		MockEnvironment mysql = new MockEnvironment();
		mysql.setActiveProfiles("mysql");
		assertThat(LocalSimulator.runs(mysql)).isFalse();
		assertThat(LocalSimulator.runs(new MockEnvironment().withProperty("dho.line.simulator-enabled", "false")))
			.isFalse();
		assertThat(LocalSimulator.runs(new MockEnvironment().withProperty("dho.line.channel-secret", "s")
			.withProperty("dho.line.channel-token", "t"))).isFalse();
	}

}
