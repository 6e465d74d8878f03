package th.go.moph.dho.eservice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import th.go.moph.dho.publishing.FileTypes;
import th.go.moph.dho.thai.InvalidThaiDateException;
import th.go.moph.dho.thai.ThaiDateInput;

/**
 * Checks everything a citizen sent against the service type before anything is stored:
 * required answers, lengths, choices, dates, phone numbers, locations, and files by their
 * content (a file whose bytes are not what its name says is refused).
 */
final class SubmissionCheck {

	static final int MAX_TEXT = 2000;

	private static final Pattern PHONE = Pattern.compile("0\\d{8,9}");

	private static final Pattern LAT_LNG = Pattern
		.compile("\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*");

	/** A file that passed: its detected type and a safe display name. */
	record CheckedFile(String fieldKey, String name, FileTypes type, byte[] content) {
	}

	/** What will be saved: answers by field (only fields of the type) and files. */
	record Checked(Map<ServiceField, String> answers, List<CheckedFile> files) {
	}

	private final Problems problems = new Problems();

	private final EserviceSettings settings;

	SubmissionCheck(EserviceSettings settings) {
		this.settings = settings;
	}

	/**
	 * Checks the answers and files; the problems found are thrown by
	 * {@link #throwIfAny()}, so the caller can add its own first.
	 */
	Checked check(ServiceType type, Submission submission) {
		boolean anonymous = submission.anonymous();
		if (anonymous && !type.isAnonymousAllowed()) {
			reject("anonymous", "eservice.error.anonymousNotAllowed");
		}
		Map<ServiceField, String> answers = new LinkedHashMap<>();
		List<CheckedFile> files = new ArrayList<>();
		for (ServiceField field : type.getFields()) {
			if (anonymous && field.isPersonal()) {
				continue; // never kept for an anonymous report, whatever was sent
			}
			if (field.getKind().isFile()) {
				files.addAll(checkFiles(field, submission.files().getOrDefault(field.getKey(), List.of())));
			}
			else {
				String value = checkText(field, submission.answers().get(field.getKey()));
				if (value != null) {
					answers.put(field, value);
				}
			}
		}
		return new Checked(answers, files);
	}

	/** Text the citizen adds later (and its optional file). */
	Optional<CheckedFile> checkInformation(@Nullable String text, @Nullable Upload file) {
		String value = clean(text);
		if (value.isEmpty()) {
			reject("text", "eservice.error.informationRequired");
		}
		else if (value.length() > MAX_TEXT) {
			reject("text", "eservice.error.tooLongPlain", MAX_TEXT);
		}
		CheckedFile checked = null;
		if (file != null && !file.fileName().isBlank()) {
			checked = checkFile("file", "file", FieldKind.FILE, file);
		}
		throwIfAny();
		return Optional.ofNullable(checked);
	}

	private @Nullable String checkText(ServiceField field, @Nullable String raw) {
		String value = clean(raw);
		String key = field.getKey();
		if (value.isEmpty()) {
			if (field.isRequired()) {
				reject(key, "eservice.error.required", field.getLabelTh());
			}
			return null;
		}
		Integer max = field.getMaxLength();
		if (max != null && value.length() > max) {
			reject(key, "eservice.error.tooLong", field.getLabelTh(), max);
			return null;
		}
		switch (field.getKind()) {
			case CHOICE -> {
				if (!field.getChoices().contains(value)) {
					reject(key, "eservice.error.choice", field.getLabelTh());
					return null;
				}
			}
			case DATE -> {
				try {
					// 2569-12-12 and 12/12/2569 are Buddhist-era: converted
					return ThaiDateInput.parse(value).toString();
				}
				catch (InvalidThaiDateException ex) {
					reject(key, "eservice.error.date", field.getLabelTh());
					return null;
				}
			}
			case PHONE -> {
				String digits = value.replaceAll("[\\s-]", "");
				if (!PHONE.matcher(digits).matches()) {
					reject(key, "eservice.error.phone", field.getLabelTh());
					return null;
				}
				return digits;
			}
			case LOCATION -> {
				Matcher m = LAT_LNG.matcher(value);
				if (m.matches()) {
					double lat = Double.parseDouble(m.group(1));
					double lng = Double.parseDouble(m.group(2));
					if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
						reject(key, "eservice.error.location", field.getLabelTh());
						return null;
					}
					return m.group(1) + "," + m.group(2);
				}
			}
			default -> {
			}
		}
		return value;
	}

	private List<CheckedFile> checkFiles(ServiceField field, List<Upload> uploads) {
		List<Upload> sent = uploads.stream().filter(u -> !u.fileName().isBlank() || u.size() > 0).toList();
		if (sent.isEmpty()) {
			if (field.isRequired()) {
				reject(field.getKey(), "eservice.error.fileRequired", field.getLabelTh());
			}
			return List.of();
		}
		if (sent.size() > this.settings.maxFilesPerField()) {
			reject(field.getKey(), "eservice.error.tooManyFiles", field.getLabelTh(), this.settings.maxFilesPerField());
			return List.of();
		}
		List<CheckedFile> checked = new ArrayList<>();
		for (Upload upload : sent) {
			CheckedFile file = checkFile(field.getKey(), field.getLabelTh(), field.getKind(), upload);
			if (file == null) {
				return List.of();
			}
			checked.add(file);
		}
		return checked;
	}

	private @Nullable CheckedFile checkFile(String key, String label, FieldKind kind, Upload upload) {
		String name = safeName(upload.fileName());
		if (upload.size() == 0) {
			reject(key, "eservice.error.fileEmpty", name);
			return null;
		}
		if (upload.size() > this.settings.maxFileSize().toBytes()) {
			reject(key, "eservice.error.fileTooLarge", name, this.settings.maxFileSize().toMegabytes());
			return null;
		}
		byte[] header = Arrays.copyOf(upload.content(), Math.min(upload.content().length, FileTypes.HEADER_LENGTH));
		Optional<FileTypes> type = FileTypes.detect(name, header);
		if (type.isEmpty()) {
			reject(key, "eservice.error.fileType", name);
			return null;
		}
		if (kind == FieldKind.PHOTO && !type.get().isImage()) {
			reject(key, "eservice.error.photoType", name);
			return null;
		}
		return new CheckedFile(key, name, type.get(), upload.content());
	}

	/**
	 * The last part of the name a device gave, without control characters, at most 200.
	 */
	static String safeName(String fileName) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.length() > 200) {
			int dot = name.lastIndexOf('.');
			String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, 200 - ext.length()) + ext;
		}
		return name.isEmpty() ? "file" : name;
	}

	/** Trimmed, without control characters other than line breaks and tabs. */
	static String clean(@Nullable String raw) {
		if (raw == null) {
			return "";
		}
		return raw.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "").strip();
	}

	void reject(String key, String code, Object... args) {
		this.problems.reject(key, code, args);
	}

	void throwIfAny() {
		this.problems.throwIfAny();
	}

}
