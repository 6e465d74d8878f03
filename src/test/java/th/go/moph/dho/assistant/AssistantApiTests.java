package th.go.moph.dho.assistant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class AssistantApiTests {

	@Autowired
	MockMvc mvc;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void rejectsAMissingOrEmptyQuestionWithAThaiMessage() throws Exception {
		this.mvc.perform(get("/api/assistant/answer").with(from("10.1.0.1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("กรุณาพิมพ์คำถาม (พารามิเตอร์ q)"));
		this.mvc.perform(get("/api/assistant/answer").param("q", "   ").with(from("10.1.0.1")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void rejectsAQuestionLongerThan500Characters() throws Exception {
		this.mvc.perform(get("/api/assistant/answer").param("q", "ก".repeat(501)).with(from("10.1.0.2")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("คำถามยาวเกินไป พิมพ์ได้ไม่เกิน 500 ตัวอักษร"));
		this.mvc.perform(get("/api/assistant/answer").param("q", "ก".repeat(500)).with(from("10.1.0.2")))
			.andExpect(status().isOk());
	}

	@Test
	void answersWithTheDocumentedShape() throws Exception {
		this.mvc.perform(get("/api/assistant/answer").param("q", "ถูกหวยงวดนี้").with(from("10.1.0.3")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answer").isEmpty())
			.andExpect(jsonPath("$.confidence").isNumber())
			.andExpect(jsonPath("$.suggestions").isArray())
			.andExpect(jsonPath("$.outOfScope").value(true));
	}

	@Test
	void limitsAFloodFromOneClientWith429() throws Exception {
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(get("/api/assistant/answer").param("q", "วัคซีน").with(from("10.1.0.4")))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/assistant/answer").param("q", "วัคซีน").with(from("10.1.0.4")))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.error").value("มีการถามถี่เกินไป กรุณารอสักครู่แล้วลองใหม่"));
		this.mvc.perform(get("/api/assistant/answer").param("q", "วัคซีน").with(from("10.1.0.5")))
			.andExpect(status().isOk());
	}

}
