package th.go.moph.dho.publishing;

import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every minute, under the database lock, publishes scheduled items whose time has come
 * and takes down items past their end.
 */
@Component
public class ScheduledPublishing {

	static final String LOCK = "publishing-schedule";

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

	private final SchedulerLock lock;

	private final PublicationWorkflow workflow;

	/** This instance's name as lock holder. */
	private final String holder = "instance-" + UUID.randomUUID();

	ScheduledPublishing(SchedulerLock lock, PublicationWorkflow workflow) {
		this.lock = lock;
		this.workflow = workflow;
	}

	/**
	 * Runs the schedule if this instance gets the lock; returns how many items changed,
	 * or -1 without the lock.
	 */
	@Scheduled(cron = "0 * * * * *")
	public int run() {
		if (!this.lock.tryAcquire(LOCK, this.holder, Duration.ofMinutes(5))) {
			return -1;
		}
		try {
			int changed = this.workflow.runSchedule();
			if (changed > 0) {
				log.info("Publishing schedule changed {} item(s)", changed);
			}
			return changed;
		}
		finally {
			this.lock.release(LOCK, this.holder);
		}
	}

}
