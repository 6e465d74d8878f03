package th.go.moph.dho.assistant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssistantConfiguration {

	@Bean(destroyMethod = "close")
	AnswerIndex answerIndex() {
		return new AnswerIndex();
	}

	@Bean
	EverydayIntents everydayIntents() {
		return EverydayIntents.builtIn();
	}

}
