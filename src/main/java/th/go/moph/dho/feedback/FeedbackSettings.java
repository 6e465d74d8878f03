package th.go.moph.dho.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web survey's protection against floods and scripts ({@code dho.feedback.*}).
 *
 * @param surveyMinFill the shortest time a person takes to fill the form; faster is a
 * script
 * @param surveyMaxAge how long a rendered form stays valid
 * @param surveyPerHour responses accepted per client per hour
 * @param surveySecret key that signs the form's render time; empty = a random key per
 * start (set one when several instances serve the site)
 * @param ratingKeyRetention how long a LINE rating keeps the citizen's pseudonymous key,
 * which only serves "one rating per topic per day"; then the key is forgotten
 */
@ConfigurationProperties("dho.feedback")
record FeedbackSettings(@DefaultValue("3s") Duration surveyMinFill, @DefaultValue("2h") Duration surveyMaxAge,
		@DefaultValue("3") int surveyPerHour, @DefaultValue("") String surveySecret,
		@DefaultValue("7d") Duration ratingKeyRetention) {
}
