package th.go.moph.dho.eservice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.moph.dho.publishing.AttachmentStorage;
import th.go.moph.dho.publishing.SchedulerLock;
import th.go.moph.dho.thai.ThaiDates;

/**
 * PDPA retention: {@code dho.eservice.retention-after-closing} (two years by default)
 * after a request was closed, its personal data is erased: answers marked personal, what
 * the citizen wrote later, the files, the LINE user id and the access code. The request
 * stays (tracking number, service, dates, statuses, staff notes) for statistics and
 * audits. Runs nightly, on one instance at a time (a lease in {@code scheduler_lock}).
 */
@Component
class RequestRetention {

	static final String LOCK = "eservice-retention";

	private static final Logger log = LoggerFactory.getLogger(RequestRetention.class);

	private static final int BATCH = 200;

	private final ServiceRequestRepository requests;

	private final RequestAnswerRepository answers;

	private final RequestAttachmentRepository attachments;

	private final RequestHistoryRepository history;

	private final AttachmentStorage storage;

	private final SchedulerLock lock;

	private final EserviceSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String holder = "retention-" + UUID.randomUUID();

	RequestRetention(ServiceRequestRepository requests, RequestAnswerRepository answers,
			RequestAttachmentRepository attachments, RequestHistoryRepository history, AttachmentStorage storage,
			SchedulerLock lock, EserviceSettings settings, PlatformTransactionManager transactions, Clock clock) {
		this.requests = requests;
		this.answers = answers;
		this.attachments = attachments;
		this.history = history;
		this.storage = storage;
		this.lock = lock;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(cron = "0 30 2 * * *", zone = "Asia/Bangkok")
	void nightly() {
		if (!this.lock.tryAcquire(LOCK, this.holder, this.settings.retentionLease())) {
			return;
		}
		try {
			int erased = anonymiseDue();
			if (erased > 0) {
				log.info("e-services: personal data of {} closed requests erased (retention)", erased);
			}
		}
		finally {
			this.lock.release(LOCK, this.holder);
		}
	}

	/** Erases the personal data of every request closed before the retention period. */
	int anonymiseDue() {
		Instant now = this.clock.instant();
		Instant closedBefore = ZonedDateTime.ofInstant(now, ThaiDates.ZONE)
			.minus(this.settings.retentionAfterClosing())
			.toInstant();
		int total = 0;
		while (true) {
			List<String> files = new java.util.ArrayList<>();
			Integer done = this.transaction.execute(status -> {
				List<ServiceRequest> due = this.requests.findByClosedAtBeforeAndAnonymisedAtIsNull(closedBefore,
						Limit.of(BATCH));
				for (ServiceRequest request : due) {
					long id = request.getId();
					this.answers.findByRequestIdOrderBySortOrderAscIdAsc(id)
						.stream()
						.filter(a -> a.isPersonal() || a.getKind() == FieldKind.LONG_TEXT)
						.forEach(RequestAnswer::erase);
					for (RequestAttachment a : this.attachments.findByRequestIdOrderByIdAsc(id)) {
						if (a.getStorageKey() != null) {
							files.add(a.getStorageKey());
						}
						a.markRemoved(now);
					}
					this.history.findByRequestIdOrderByIdAsc(id).forEach(RequestHistory::eraseCitizenText);
					request.anonymise(now);
				}
				return due.size();
			});
			// bytes go only after the rows no longer point at them
			files.forEach(this::deleteQuietly);
			int count = done == null ? 0 : done;
			total += count;
			if (count < BATCH) {
				return total;
			}
		}
	}

	private void deleteQuietly(String key) {
		try {
			this.storage.delete(key);
		}
		catch (RuntimeException ex) {
			log.warn("e-services retention: a file could not be removed: {}", ex.getMessage());
		}
	}

}
