/*
 * A service's form as data: what the citizen entered (a draft), the checks made before
 * anything is sent, and the multipart body of POST /api/eservice/requests (LIFF-API.md).
 * The server checks everything again and its field errors are shown the same way.
 */
import { t } from './messages.th.js';

export const MAX_FILE_MB = 10;
export const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;
export const MAX_FILES_PER_FIELD = 5;

/** The key under which the appointment slot's error is shown (and the server names it). */
export const SLOT_KEY = 'slotId';

export const FILE_KINDS = new Set(['PHOTO', 'FILE']);

export function emptyDraft() {
	return { values: {}, files: {}, slotId: null, anonymous: false };
}

function isValidIsoDate(value) {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		return false;
	}
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isValidPhone(value) {
	const digits = value.replace(/[\s-]/g, '');
	return /^0\d{8,9}$/.test(digits) || /^\+66\d{8,9}$/.test(digits);
}

/**
 * Checks a draft against its service: `{<field key>: Thai message}` in the order of the
 * form (empty when all is well).
 */
export function validate(service, draft) {
	const errors = {};
	for (const field of service.fields) {
		const label = field.labelTh;
		if (FILE_KINDS.has(field.kind)) {
			const files = draft.files[field.key] || [];
			if (field.required && files.length === 0) {
				errors[field.key] = t.form.errorFileRequired(label);
				continue;
			}
			if (files.length > MAX_FILES_PER_FIELD) {
				errors[field.key] = t.form.errorTooManyFiles(MAX_FILES_PER_FIELD);
				continue;
			}
			const tooLarge = files.find((file) => file.size > MAX_FILE_BYTES);
			if (tooLarge) {
				errors[field.key] = t.form.errorFileTooLarge(tooLarge.name, MAX_FILE_MB);
			}
			continue;
		}
		const value = (draft.values[field.key] || '').trim();
		if (!value) {
			if (field.required) {
				errors[field.key] = field.kind === 'CHOICE' ? t.form.errorChoose(label) : t.form.errorRequired(label);
			}
			continue;
		}
		if (field.maxLength && value.length > field.maxLength) {
			errors[field.key] = t.form.errorTooLong(label, field.maxLength);
		}
		else if (field.kind === 'CHOICE' && !(field.choices || []).includes(value)) {
			errors[field.key] = t.form.errorChoice(label);
		}
		else if (field.kind === 'DATE' && !isValidIsoDate(value)) {
			errors[field.key] = t.form.errorDate(label);
		}
		else if (field.kind === 'PHONE' && !isValidPhone(value)) {
			errors[field.key] = t.form.errorPhone;
		}
	}
	if (service.appointment && !draft.slotId) {
		errors[SLOT_KEY] = t.form.errorSlot;
	}
	return errors;
}

/** The multipart body of POST /api/eservice/requests for a checked draft. */
export function requestBody(service, draft) {
	const body = new FormData();
	body.append('service', service.code);
	for (const field of service.fields) {
		if (FILE_KINDS.has(field.kind)) {
			for (const file of draft.files[field.key] || []) {
				body.append(`file.${field.key}`, file, file.name);
			}
			continue;
		}
		const value = (draft.values[field.key] || '').trim();
		if (value) {
			body.append(`field.${field.key}`, field.kind === 'PHONE' ? value.replace(/[\s-]/g, '') : value);
		}
	}
	if (service.appointment && draft.slotId) {
		body.append('slotId', String(draft.slotId));
	}
	if (service.anonymousAllowed && draft.anonymous) {
		body.append('anonymous', 'true');
	}
	return body;
}

const thaiDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What the citizen entered, as the check-your-answers step lists it: `[{label, value}]`. */
export function answers(service, draft) {
	return service.fields.map((field) => {
		if (FILE_KINDS.has(field.kind)) {
			const files = draft.files[field.key] || [];
			return { key: field.key, label: field.labelTh, value: files.length ? files.map((f) => f.name).join(', ') : '' };
		}
		const value = (draft.values[field.key] || '').trim();
		const shown = field.kind === 'DATE' && isValidIsoDate(value) ? thaiDate.format(new Date(`${value}T00:00:00Z`)) : value;
		return { key: field.key, label: field.labelTh, value: shown };
	});
}
