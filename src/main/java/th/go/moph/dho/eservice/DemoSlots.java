package th.go.moph.dho.eservice;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.thai.ThaiDates;

/**
 * Demo content for the embedded database: appointment slots on the weekdays of the coming
 * three weeks at two health units, opened by the demo officer, when the appointment
 * service has no slot from today on. Never under the {@code mysql} profile, never when
 * {@code dho.demo.enabled=false}.
 */
@Component
@Profile("!mysql")
@ConditionalOnBooleanProperty("dho.demo.enabled")
class DemoSlots implements ApplicationRunner {

	static final String OFFICER = "editor";

	private static final List<String> PLACES = List.of("รพ.สต.บ้านปากตะโก", "รพ.สต.บ้านทุ่งตะไคร");

	private final ServiceTypeRepository types;

	private final AppointmentSlotRepository slots;

	private final Clock clock;

	DemoSlots(ServiceTypeRepository types, AppointmentSlotRepository slots, Clock clock) {
		this.types = types;
		this.slots = slots;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		ServiceType type = this.types.findByCode("appointment").filter(ServiceType::isAppointment).orElse(null);
		LocalDate today = ThaiDates.toLocal(this.clock.instant()).toLocalDate();
		if (type == null || !this.slots
			.findByServiceTypeIdAndSlotDateGreaterThanEqualOrderBySlotDateAscStartTimeAsc(type.getId(), today)
			.isEmpty()) {
			return;
		}
		for (int day = 1; day <= 21; day++) {
			LocalDate date = today.plusDays(day);
			if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			String place = PLACES.get(day % PLACES.size());
			this.slots.save(new AppointmentSlot(type.getId(), date, LocalTime.of(9, 0), LocalTime.of(10, 30), place, 5,
					OFFICER, this.clock.instant()));
			this.slots.save(new AppointmentSlot(type.getId(), date, LocalTime.of(13, 30), LocalTime.of(15, 0), place, 3,
					OFFICER, this.clock.instant()));
		}
	}

}
