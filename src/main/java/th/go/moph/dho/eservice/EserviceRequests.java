package th.go.moph.dho.eservice;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.moph.dho.publishing.AttachmentStorage;
import th.go.moph.dho.publishing.StoredFile;
import th.go.moph.dho.staff.StaffMember;
import th.go.moph.dho.thai.ThaiDates;

/**
 * Citizens' requests: filing (validate everything, then save in one transaction with a
 * gap-free tracking number and, for appointments, a booked seat), what the citizen may do
 * while it is open (add information, withdraw), and every staff action (status change,
 * forward, assign, internal note, view). Each change writes one history row and publishes
 * {@link RequestStatusChanged} in the same transaction. Nothing is ever deleted.
 */
@Service
public class EserviceRequests {

	private static final Logger log = LoggerFactory.getLogger(EserviceRequests.class);

	private static final Locale THAI = ThaiDates.THAI;

	private static final int SAVE_ATTEMPTS = 5;

	private static final int MAX_NOTE = SubmissionCheck.MAX_TEXT;

	private static final int MAX_AGENCY = 300;

	private final ServiceTypeRepository types;

	private final ServiceRequestRepository requests;

	private final RequestAnswerRepository answers;

	private final RequestAttachmentRepository attachments;

	private final RequestHistoryRepository history;

	private final AppointmentSlotRepository slots;

	private final StaffViewAuditRepository viewAudit;

	private final TrackingNumbers trackingNumbers;

	private final AccessCodes accessCodes;

	private final StaffAccess access;

	private final AttachmentStorage storage;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final EserviceSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	EserviceRequests(ServiceTypeRepository types, ServiceRequestRepository requests, RequestAnswerRepository answers,
			RequestAttachmentRepository attachments, RequestHistoryRepository history, AppointmentSlotRepository slots,
			StaffViewAuditRepository viewAudit, TrackingNumbers trackingNumbers, AccessCodes accessCodes,
			StaffAccess access, AttachmentStorage storage, ApplicationEventPublisher events, MessageSource messages,
			EserviceSettings settings, PlatformTransactionManager transactions, Clock clock) {
		this.types = types;
		this.requests = requests;
		this.answers = answers;
		this.attachments = attachments;
		this.history = history;
		this.slots = slots;
		this.viewAudit = viewAudit;
		this.trackingNumbers = trackingNumbers;
		this.accessCodes = accessCodes;
		this.access = access;
		this.storage = storage;
		this.events = events;
		this.messages = messages;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	// ---------------------------------------------------------------- citizens

	/**
	 * Files a new request. Everything is checked first; then the files are stored and the
	 * request, its answers, files, history row, tracking number and booked seat are saved
	 * in one transaction (files removed again if it fails).
	 * @throws ServiceNotFoundException no active service has this code
	 * @throws InvalidSubmissionException with a Thai message per field; nothing saved
	 * @throws SlotFullException the chosen slot has no seat left; nothing saved
	 */
	public SubmissionReceipt submit(Submission submission) {
		ServiceType type = this.types.findByCode(submission.serviceCode())
			.filter(ServiceType::isActive)
			.orElseThrow(() -> new ServiceNotFoundException(submission.serviceCode()));
		SubmissionCheck check = new SubmissionCheck(this.settings);
		SubmissionCheck.Checked checked = check.check(type, submission);
		AppointmentSlot slot = checkSlotChoice(check, type, submission.slotId());
		check.throwIfAny(); // every problem at once, the slot's too

		boolean anonymous = submission.anonymous();
		String lineUserId = anonymous ? null : submission.lineUserId();
		String accessCode = lineUserId == null ? this.accessCodes.generate() : null;
		String accessCodeHash = accessCode == null ? null : this.accessCodes.hash(accessCode);
		Instant now = this.clock.instant();
		LocalDate today = ThaiDates.toLocal(now).toLocalDate();
		int yearBe = ThaiDates.buddhistYear(today.getYear());
		LocalDate targetDate = slot != null ? slot.getSlotDate()
				: type.getTargetDays() > 0 ? today.plusDays(type.getTargetDays()) : null;
		this.trackingNumbers.ensureYear(yearBe);

		List<StoredFile> stored = new ArrayList<>();
		try {
			for (SubmissionCheck.CheckedFile file : checked.files()) {
				stored.add(this.storage.store(new ByteArrayInputStream(file.content()), file.name(),
						file.type().mediaType()));
			}
			ServiceRequest saved = saveWithRetry(() -> {
				if (slot != null && this.slots.book(slot.getId(), type.getId(), today) != 1) {
					throw new SlotFullException();
				}
				String trackingNumber = this.trackingNumbers.next(yearBe);
				ServiceRequest request = this.requests
					.save(new ServiceRequest(trackingNumber, type, submission.channel(), lineUserId, anonymous,
							accessCodeHash, slot == null ? null : slot.getId(), now, targetDate));
				long id = request.getId();
				checked.answers().forEach((field, value) -> this.answers.save(new RequestAnswer(id, field, value)));
				for (int i = 0; i < stored.size(); i++) {
					this.attachments
						.save(new RequestAttachment(id, checked.files().get(i).fieldKey(), stored.get(i), now));
				}
				String receipt = slot == null
						? text("eservice.notify.received", type.getNameTh(), trackingNumber,
								targetDate == null ? "-" : ThaiDates.formatDate(targetDate, THAI))
						: text("eservice.notify.booked", trackingNumber, ThaiDates.formatDate(slot.getSlotDate(), THAI),
								slot.getStartTime().toString(), slot.getEndTime().toString(), slot.getPlaceTh());
				record(request, HistoryAction.SUBMITTED, null, RequestStatus.RECEIVED, RequestHistory.CITIZEN, null,
						receipt, null, now, true);
				return request;
			});
			log.info("e-service request {} filed ({}, {})", saved.getTrackingNumber(), type.getCode(),
					submission.channel());
			SlotView slotView = slot == null ? null
					: this.slots.findById(slot.getId()).map(s -> SlotView.of(s, type.getCode())).orElse(null);
			return new SubmissionReceipt(saved.getTrackingNumber(), accessCode, RequestStatus.RECEIVED, now, targetDate,
					slotView);
		}
		catch (RuntimeException ex) {
			stored.forEach(f -> deleteQuietly(f.storageKey()));
			throw ex;
		}
	}

	/** The request when this citizen may read it; empty for anyone else. */
	@Transactional(readOnly = true)
	public Optional<CitizenRequestView> forCitizen(CitizenKey key) {
		return find(key).map(this::citizenView);
	}

	/** The requests this LINE user filed (not anonymous ones), newest first. */
	@Transactional(readOnly = true)
	public List<CitizenRequestRow> ofLineUser(String lineUserId, int limit) {
		LocalDate today = today();
		return this.requests.findByLineUserIdOrderBySubmittedAtDescIdDesc(lineUserId, Limit.of(limit))
			.stream()
			.map(r -> new CitizenRequestRow(r.getTrackingNumber(), r.getServiceType().getCode(),
					r.getServiceType().getNameTh(), r.getStatus(), r.getSubmittedAt(), r.getTargetDate(),
					r.isOverdueOn(today)))
			.toList();
	}

	/**
	 * The citizen adds information (and optionally a file) while the request is open; a
	 * request waiting for the citizen goes back to "in progress".
	 * @throws RequestNotFoundException not this citizen's
	 * @throws RequestClosedException it is closed
	 * @throws InvalidSubmissionException empty or too long text ({@code text}), a bad
	 * file ({@code file})
	 */
	public CitizenRequestView addInformation(CitizenKey key, @Nullable String text, @Nullable Upload file) {
		SubmissionCheck check = new SubmissionCheck(this.settings);
		Optional<SubmissionCheck.CheckedFile> checkedFile = check.checkInformation(text, file);
		String note = SubmissionCheck.clean(text);
		StoredFile stored = checkedFile
			.map(f -> this.storage.store(new ByteArrayInputStream(f.content()), f.name(), f.type().mediaType()))
			.orElse(null);
		try {
			return this.transaction.execute(status -> {
				ServiceRequest request = find(key).orElseThrow(RequestNotFoundException::new);
				if (request.getStatus().closed()) {
					throw new RequestClosedException();
				}
				Instant now = this.clock.instant();
				RequestStatus from = request.getStatus();
				RequestStatus to = from == RequestStatus.WAITING_FOR_CITIZEN ? RequestStatus.IN_PROGRESS : from;
				if (stored != null) {
					this.attachments.save(new RequestAttachment(request.getId(), null, stored, now));
				}
				request.moveTo(to, now);
				RequestHistory row = record(request, HistoryAction.CITIZEN_INFORMATION, from, to,
						RequestHistory.CITIZEN, null, note, null, now, false);
				if (to != from) {
					publish(request, row, null); // the status changed; nothing to tell
													// the citizen
				}
				return citizenView(request);
			});
		}
		catch (RuntimeException ex) {
			if (stored != null) {
				deleteQuietly(stored.storageKey());
			}
			throw ex;
		}
	}

	/**
	 * The citizen withdraws an open request (a booked seat is given back).
	 * @throws RequestNotFoundException not this citizen's
	 * @throws RequestClosedException it is already closed
	 * @throws InvalidSubmissionException the reason is too long ({@code reason})
	 */
	@Transactional
	public CitizenRequestView withdraw(CitizenKey key, @Nullable String reason) {
		String why = SubmissionCheck.clean(reason);
		if (why.length() > MAX_NOTE) {
			Problems check = new Problems();
			check.reject("reason", "eservice.error.tooLongPlain", MAX_NOTE);
			check.throwIfAny();
		}
		ServiceRequest request = find(key).orElseThrow(RequestNotFoundException::new);
		if (request.getStatus().closed()) {
			throw new RequestClosedException();
		}
		Instant now = this.clock.instant();
		RequestStatus from = request.getStatus();
		request.moveTo(RequestStatus.WITHDRAWN, now);
		if (request.getSlotId() != null) {
			this.slots.release(request.getSlotId());
		}
		RequestHistory row = record(request, HistoryAction.WITHDRAWN, from, RequestStatus.WITHDRAWN,
				RequestHistory.CITIZEN, null, why, null, now, false);
		publish(request, row, text("eservice.notify.withdrawn", request.getTrackingNumber()));
		return citizenView(request);
	}

	// ---------------------------------------------------------------- staff

	/**
	 * Staff move a request to another status, with an optional note for the citizen (sent
	 * to them on LINE when present) and an optional internal note.
	 * @throws TransitionNotAllowedException not allowed from the current status
	 * @throws InvalidSubmissionException a needed note is missing or a note is too long
	 * ({@code citizenMessage}, {@code internalNote}); forwarding needs {@link #forward}
	 * ({@code agency})
	 * @throws NotPermittedException the actor does not handle this service
	 */
	@Transactional
	public StaffRequestView changeStatus(long requestId, RequestStatus newStatus, @Nullable String citizenMessage,
			@Nullable String internalNote, String actor) {
		ServiceRequest request = staffRequest(requestId, actor);
		RequestStatus from = request.getStatus();
		if (!RequestTransitions.staffMay(from, newStatus)) {
			throw new TransitionNotAllowedException(from, newStatus);
		}
		String message = SubmissionCheck.clean(citizenMessage);
		String note = SubmissionCheck.clean(internalNote);
		Problems check = new Problems();
		if (newStatus == RequestStatus.FORWARDED) {
			check.reject("agency", "eservice.error.agencyRequired");
		}
		if (message.isEmpty() && RequestTransitions.needsCitizenMessage(newStatus)) {
			check.reject("citizenMessage", "eservice.error.citizenMessageRequired");
		}
		checkNotes(check, message, note);
		check.throwIfAny();
		Instant now = this.clock.instant();
		request.moveTo(newStatus, now);
		RequestHistory row = record(request, HistoryAction.STATUS_CHANGED, from, newStatus, actor, null, message, note,
				now, false);
		publish(request, row, row.getCitizenMessage());
		return staffView(request, actor);
	}

	/**
	 * Staff forward the request to another agency (e.g. the local authority for a
	 * nuisance): status {@link RequestStatus#FORWARDED}; the citizen is told, with the
	 * staff's words or a standard Thai sentence naming the agency.
	 */
	@Transactional
	public StaffRequestView forward(long requestId, String agencyName, @Nullable String citizenMessage, String actor) {
		ServiceRequest request = staffRequest(requestId, actor);
		RequestStatus from = request.getStatus();
		if (!RequestTransitions.staffMay(from, RequestStatus.FORWARDED)) {
			throw new TransitionNotAllowedException(from, RequestStatus.FORWARDED);
		}
		String agency = SubmissionCheck.clean(agencyName).replace('\n', ' ');
		String message = SubmissionCheck.clean(citizenMessage);
		Problems check = new Problems();
		if (agency.isEmpty()) {
			check.reject("agency", "eservice.error.agencyRequired");
		}
		else if (agency.length() > MAX_AGENCY) {
			check.reject("agency", "eservice.error.tooLongPlain", MAX_AGENCY);
		}
		checkNotes(check, message, "");
		check.throwIfAny();
		if (message.isEmpty()) {
			message = text("eservice.notify.forwarded", agency);
		}
		Instant now = this.clock.instant();
		request.moveTo(RequestStatus.FORWARDED, now);
		request.forwardTo(agency);
		RequestHistory row = record(request, HistoryAction.FORWARDED, from, RequestStatus.FORWARDED, actor, agency,
				message, null, now, false);
		publish(request, row, row.getCitizenMessage());
		return staffView(request, actor);
	}

	/**
	 * Staff assign the request to a staff member who handles the service (or to nobody
	 * with {@code null}).
	 * @throws InvalidSubmissionException the assignee cannot handle it ({@code assignee})
	 */
	@Transactional
	public StaffRequestView assign(long requestId, @Nullable String staffUsername, String actor) {
		ServiceRequest request = staffRequest(requestId, actor);
		String assignee = staffUsername == null || staffUsername.isBlank() ? null
				: staffUsername.strip().toLowerCase(Locale.ROOT);
		if (assignee != null && !this.access.mayHandle(assignee, request.getServiceType())) {
			Problems check = new Problems();
			check.reject("assignee", "eservice.error.assignee");
			check.throwIfAny();
		}
		Instant now = this.clock.instant();
		request.assignTo(assignee, now);
		record(request, HistoryAction.ASSIGNED, request.getStatus(), request.getStatus(), actor, assignee, null, null,
				now, false);
		return staffView(request, actor);
	}

	/** Staff write an internal note (never shown to the citizen). */
	@Transactional
	public StaffRequestView addInternalNote(long requestId, String note, String actor) {
		ServiceRequest request = staffRequest(requestId, actor);
		String text = SubmissionCheck.clean(note);
		Problems check = new Problems();
		if (text.isEmpty()) {
			check.reject("internalNote", "eservice.error.noteRequired");
		}
		checkNotes(check, "", text);
		check.throwIfAny();
		Instant now = this.clock.instant();
		request.touch(now);
		record(request, HistoryAction.NOTE, request.getStatus(), request.getStatus(), actor, null, null, text, now,
				false);
		return staffView(request, actor);
	}

	/**
	 * A request with everything staff see. Opening a confidential request is recorded in
	 * the view audit (who, when) in the same transaction.
	 * @throws RequestNotFoundException no such request
	 * @throws NotPermittedException the actor does not handle this service
	 */
	@Transactional
	public StaffRequestView viewForStaff(long requestId, String actor) {
		ServiceRequest request = staffRequest(requestId, actor);
		if (request.isConfidential()) {
			this.viewAudit.save(new StaffViewAudit(request.getId(), actor, this.clock.instant()));
		}
		return staffView(request, actor);
	}

	/** The request's id by tracking number, for staff who type one. */
	@Transactional(readOnly = true)
	public Optional<Long> idOf(String trackingNumber) {
		return this.requests.findByTrackingNumber(TrackingNumbers.normalise(trackingNumber)).map(ServiceRequest::getId);
	}

	/**
	 * The requests this staff member may handle, newest first (at most 1,000), optionally
	 * only open ones or only one status.
	 */
	@Transactional(readOnly = true)
	public List<StaffRequestRow> inbox(String actor, @Nullable RequestStatus status, boolean openOnly) {
		LocalDate today = today();
		Optional<StaffMember> member = this.access.member(actor);
		return this.requests.findAllByOrderBySubmittedAtDescIdDesc(Limit.of(1000))
			.stream()
			.filter(r -> status == null || r.getStatus() == status)
			.filter(r -> !openOnly || !r.getStatus().closed())
			.filter(r -> member.isPresent() && StaffAccess.mayHandle(member.get(), r.getServiceType()))
			.map(r -> new StaffRequestRow(r.getId(), r.getTrackingNumber(), r.getServiceType().getCode(),
					r.getServiceType().getNameTh(), r.isConfidential(), r.getStatus(), r.getAssignedTo(),
					r.getSubmittedAt(), r.getTargetDate(), r.isOverdueOn(today)))
			.toList();
	}

	/** Who opened this confidential request, newest first. */
	@Transactional(readOnly = true)
	public List<ViewAuditEntry> viewAudit(long requestId, String actor) {
		ServiceRequest request = staffRequest(requestId, actor);
		return this.viewAudit.findByRequestIdOrderByViewedAtDescIdDesc(request.getId())
			.stream()
			.map(v -> new ViewAuditEntry(v.getActor(), v.getViewedAt()))
			.toList();
	}

	/**
	 * A citizen's file for staff to download (recorded in the view audit when the request
	 * is confidential).
	 */
	@Transactional
	public StaffFile attachmentForStaff(long requestId, long attachmentId, String actor) {
		ServiceRequest request = staffRequest(requestId, actor);
		RequestAttachment file = this.attachments.findByIdAndRequestId(attachmentId, request.getId())
			.filter(a -> a.getStorageKey() != null)
			.orElseThrow(RequestNotFoundException::new);
		if (request.isConfidential()) {
			this.viewAudit.save(new StaffViewAudit(request.getId(), actor, this.clock.instant()));
		}
		return new StaffFile(file.getOriginalName(), file.getMediaType(), file.getSizeBytes(),
				this.storage.load(java.util.Objects.requireNonNull(file.getStorageKey())));
	}

	// ---------------------------------------------------------------- helpers

	private @Nullable AppointmentSlot checkSlotChoice(SubmissionCheck check, ServiceType type, @Nullable Long slotId) {
		if (!type.isAppointment()) {
			return null;
		}
		if (slotId == null) {
			check.reject("slotId", "eservice.error.slotRequired");
			return null;
		}
		Optional<AppointmentSlot> slot = this.slots.findById(slotId)
			.filter(s -> s.getServiceTypeId() == type.getId() && s.isActive() && !s.getSlotDate().isBefore(today()));
		if (slot.isEmpty()) {
			check.reject("slotId", "eservice.error.slotInvalid");
			return null;
		}
		return slot.get();
	}

	private ServiceRequest saveWithRetry(java.util.function.Supplier<ServiceRequest> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return java.util.Objects.requireNonNull(this.transaction.execute(status -> work.get()));
			}
			catch (PessimisticLockingFailureException ex) {
				// the counter or slot row stayed locked too long (many filed at once):
				// the
				// transaction was rolled back whole, so trying again is safe
				if (attempt >= SAVE_ATTEMPTS) {
					throw ex;
				}
				log.debug("Retrying an e-service submission after a lock timeout ({})", attempt);
			}
		}
	}

	private Optional<ServiceRequest> find(CitizenKey key) {
		String number = TrackingNumbers.normalise(key.trackingNumber());
		if (key.lineUserId() != null) {
			return this.requests.findByTrackingNumberAndLineUserId(number, key.lineUserId());
		}
		Optional<ServiceRequest> request = this.requests.findByTrackingNumber(number);
		String hash = request.map(ServiceRequest::getAccessCodeHash).orElse(null);
		return this.accessCodes.matches(key.accessCode(), hash) ? request : Optional.empty();
	}

	private ServiceRequest staffRequest(long requestId, String actor) {
		ServiceRequest request = this.requests.findById(requestId).orElseThrow(RequestNotFoundException::new);
		this.access.requireHandler(actor, request.getServiceType());
		return request;
	}

	private void checkNotes(Problems check, String message, String note) {
		if (message.length() > MAX_NOTE) {
			check.reject("citizenMessage", "eservice.error.tooLongPlain", MAX_NOTE);
		}
		if (note.length() > MAX_NOTE) {
			check.reject("internalNote", "eservice.error.tooLongPlain", MAX_NOTE);
		}
	}

	private RequestHistory record(ServiceRequest request, HistoryAction action, @Nullable RequestStatus from,
			RequestStatus to, String actor, @Nullable String subject, @Nullable String citizenMessage,
			@Nullable String internalNote, Instant now, boolean publish) {
		RequestHistory row = this.history.save(new RequestHistory(request.getId(), action, from, to, actor, subject,
				citizenMessage, internalNote, now));
		if (publish) {
			publish(request, row, row.getCitizenMessage());
		}
		return row;
	}

	private void publish(ServiceRequest request, RequestHistory row, @Nullable String citizenMessage) {
		this.events.publishEvent(new RequestStatusChanged(row.getChangeId(), request.getTrackingNumber(),
				request.getServiceType().getCode(), request.getServiceType().getNameTh(), request.getStatus(),
				citizenMessage, request.getLineUserId(), row.getChangedAt()));
	}

	private CitizenRequestView citizenView(ServiceRequest request) {
		long id = request.getId();
		List<CitizenRequestView.Answer> answerViews = this.answers.findByRequestIdOrderBySortOrderAscIdAsc(id)
			.stream()
			.filter(a -> a.getValue() != null)
			.map(a -> new CitizenRequestView.Answer(a.getKey(), a.getLabelTh(), a.getKind(),
					java.util.Objects.requireNonNull(a.getValue())))
			.toList();
		List<String> files = this.attachments.findByRequestIdOrderByIdAsc(id)
			.stream()
			.filter(a -> a.getRemovedAt() == null)
			.map(RequestAttachment::getOriginalName)
			.toList();
		List<CitizenRequestView.TimelineEntry> timeline = this.history.findByRequestIdOrderByIdAsc(id)
			.stream()
			.filter(h -> h.getAction().citizenVisible())
			.map(h -> new CitizenRequestView.TimelineEntry(h.getAction(), h.getToStatus(), h.getChangedAt(),
					h.getCitizenMessage()))
			.toList();
		boolean open = !request.getStatus().closed();
		return new CitizenRequestView(request.getTrackingNumber(), request.getServiceType().getCode(),
				request.getServiceType().getNameTh(), request.getStatus(), request.getSubmittedAt(),
				request.getUpdatedAt(), request.getTargetDate(), request.isOverdueOn(today()), answerViews, files,
				timeline, open, open, slotOf(request));
	}

	StaffRequestView staffView(ServiceRequest request, String actor) {
		long id = request.getId();
		List<CitizenRequestView.Answer> answerViews = this.answers.findByRequestIdOrderBySortOrderAscIdAsc(id)
			.stream()
			.map(a -> new CitizenRequestView.Answer(a.getKey(), a.getLabelTh(), a.getKind(),
					a.getValue() == null ? text("eservice.retention.erased") : a.getValue()))
			.toList();
		List<StaffRequestView.AttachmentView> files = this.attachments.findByRequestIdOrderByIdAsc(id)
			.stream()
			.map(a -> new StaffRequestView.AttachmentView(a.getId(), a.getFieldKey(), a.getOriginalName(),
					a.getMediaType(), a.getSizeBytes(), a.getAddedAt(), a.getRemovedAt() != null))
			.toList();
		List<StaffRequestView.HistoryEntry> rows = this.history.findByRequestIdOrderByIdAsc(id)
			.stream()
			.map(h -> new StaffRequestView.HistoryEntry(h.getChangeId(), h.getAction(), h.getFromStatus(),
					h.getToStatus(), h.getActor(), h.getSubject(), h.getCitizenMessage(), h.getInternalNote(),
					h.getChangedAt()))
			.toList();
		EnumSet<RequestStatus> next = EnumSet.noneOf(RequestStatus.class);
		next.addAll(RequestTransitions.allowedByStaff(request.getStatus()));
		return new StaffRequestView(id, request.getTrackingNumber(), request.getServiceType().getCode(),
				request.getServiceType().getNameTh(), request.isConfidential(), request.isAnonymous(),
				request.getChannel(), request.getLineUserId() != null, request.getStatus(), request.getAssignedTo(),
				request.getForwardedTo(), request.getSubmittedAt(), request.getUpdatedAt(), request.getTargetDate(),
				request.isOverdueOn(today()), request.getAnonymisedAt(), answerViews, files, rows, next,
				slotOf(request));
	}

	private @Nullable SlotView slotOf(ServiceRequest request) {
		Long slotId = request.getSlotId();
		return slotId == null ? null
				: this.slots.findById(slotId).map(s -> SlotView.of(s, request.getServiceType().getCode())).orElse(null);
	}

	private LocalDate today() {
		return ThaiDates.toLocal(this.clock.instant()).toLocalDate();
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(new DefaultMessageSourceResolvable(new String[] { code }, args), THAI);
	}

	private void deleteQuietly(String storageKey) {
		try {
			this.storage.delete(storageKey);
		}
		catch (RuntimeException ex) {
			log.warn("Could not remove an unsaved e-service file: {}", ex.getMessage());
		}
	}

}
