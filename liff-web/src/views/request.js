/*
 * One request: what was filed, its timeline, and (while it is open) adding information
 * and withdrawing it, each answered by the server with the fresh detail.
 */
import { fill, h } from '../dom.js';
import { t } from '../messages.th.js';
import { path } from '../router.js';
import { ApiError } from '../api.js';
import { MAX_FILE_BYTES, MAX_FILE_MB } from '../form.js';
import { heading, withData } from './common.js';
import { statusBadge } from './requests.js';

/** The timeline, oldest first as the server sends it. */
export function timeline(entries) {
	return h('ol', { class: 'timeline' }, entries.map((entry) => h('li', { class: 'timeline-item' },
		h('p', { class: 'timeline-head' }, statusBadge(entry.status, entry.statusTh), h('span', { class: 'timeline-at', text: entry.atTh })),
		entry.note ? h('p', { class: 'timeline-note', text: entry.note }) : null)));
}

export function requestView(ctx, view, { trackingNumber }) {
	return withData(view, trackingNumber, () => ctx.api.myRequest(trackingNumber), (detail, body, title) => {
		draw(ctx, body, title, detail);
	});
}

function draw(ctx, body, title, detail, notice) {
	title.textContent = detail.serviceNameTh;
	ctx.setTitle(detail.serviceNameTh);
	const status = h('div', { class: 'status-host' });
	if (notice) {
		status.append(h('p', { class: 'notice success', role: 'status', tabindex: -1, text: notice }));
	}
	fill(body,
		h('p', { class: 'tracking-number small', text: detail.trackingNumber }),
		status,
		h('dl', { class: 'summary-list' },
			row(t.requests.status, statusBadge(detail.status, detail.statusTh),
				detail.overdue ? h('span', { class: 'tag overdue', text: t.requests.overdue }) : null),
			row(t.detail.submittedAt, detail.submittedAtTh),
			detail.targetDateTh ? row(t.detail.target, detail.targetDateTh) : null),
		h('h2', { text: t.detail.timeline }),
		timeline(detail.timeline || []),
		h('h2', { text: t.detail.answers }),
		h('dl', { class: 'summary-list' }, (detail.answers || []).map((answer) => row(answer.labelTh, answer.value || t.check.empty))),
		detail.attachments && detail.attachments.length
			? [h('h2', { text: t.detail.attachments }), h('ul', { class: 'plain-list' }, detail.attachments.map((a) => h('li', { text: a.name })))]
			: null,
		detail.canAddInformation ? addInformation(ctx, body, title, detail) : null,
		detail.canWithdraw ? withdraw(ctx, body, title, detail) : null,
		h('p', { class: 'back' }, h('a', { href: path('requests'), text: t.detail.back })));
}

function row(label, ...values) {
	return h('div', { class: 'summary-row' }, h('dt', { text: label }), h('dd', {}, values));
}

function fieldError(id, input, message) {
	const error = document.getElementById(`${id}-error`);
	error.textContent = message || '';
	error.hidden = !message;
	error.parentElement.classList.toggle('has-error', Boolean(message));
	const describedBy = [input.dataset.hint, message ? `${id}-error` : null].filter(Boolean).join(' ');
	if (describedBy) {
		input.setAttribute('aria-describedby', describedBy);
	}
	else {
		input.removeAttribute('aria-describedby');
	}
	if (message) {
		input.setAttribute('aria-invalid', 'true');
	}
	else {
		input.removeAttribute('aria-invalid');
	}
}

function addInformation(ctx, body, title, detail) {
	const text = h('textarea', { id: 'info-text', name: 'text', rows: 4 });
	const file = h('input', { id: 'info-file', name: 'file', type: 'file', accept: 'image/*,application/pdf', dataset: { hint: 'info-file-hint' }, 'aria-describedby': 'info-file-hint' });
	const problem = h('div');
	const send = h('button', { type: 'submit', class: 'button primary', text: t.detail.addInfoSubmit });
	const form = h('form', {
		class: 'panel',
		novalidate: true,
		'aria-labelledby': 'info-title',
		onsubmit: async (event) => {
			event.preventDefault();
			const value = text.value.trim();
			const chosen = file.files && file.files[0];
			fieldError('info-text', text, value ? null : t.form.errorRequired(t.detail.addInfoText));
			fieldError('info-file', file, chosen && chosen.size > MAX_FILE_BYTES ? t.form.errorFileTooLarge(chosen.name, MAX_FILE_MB) : null);
			const invalid = form.querySelector('[aria-invalid=true]');
			if (invalid) {
				invalid.focus();
				return;
			}
			const data = new FormData();
			data.append('text', value);
			if (chosen) {
				data.append('file', chosen, chosen.name);
			}
			send.disabled = true;
			problem.replaceChildren();
			try {
				const fresh = await ctx.api.addInformation(detail.trackingNumber, data);
				draw(ctx, body, title, fresh, t.detail.addInfoSent);
				body.querySelector('.notice.success').focus?.();
			}
			catch (error) {
				send.disabled = false;
				showProblem(problem, error, { text: [text, 'info-text'], file: [file, 'info-file'] });
			}
		},
	},
	h('h2', { id: 'info-title', text: t.detail.addInfo }),
	problem,
	h('div', { class: 'field' },
		h('label', { class: 'field-label', for: 'info-text', text: t.detail.addInfoText }),
		h('p', { id: 'info-text-error', class: 'field-error', hidden: true }),
		text),
	h('div', { class: 'field' },
		h('label', { class: 'field-label', for: 'info-file' }, t.detail.addInfoPhoto, h('span', { class: 'optional', text: ` (${t.form.optional})` })),
		h('p', { id: 'info-file-hint', class: 'field-hint', text: t.form.fileLimits(MAX_FILE_MB, 1) }),
		h('p', { id: 'info-file-error', class: 'field-error', hidden: true }),
		file),
	h('div', { class: 'actions' }, send));
	return form;
}

/** A server's refusal: field errors beside their fields, anything else above the form. */
function showProblem(host, error, fields) {
	const fieldErrors = error instanceof ApiError ? error.fieldErrors : {};
	let focused = false;
	for (const [key, [input, id]] of Object.entries(fields)) {
		fieldError(id, input, fieldErrors[key] || null);
		if (fieldErrors[key] && !focused) {
			input.focus();
			focused = true;
		}
	}
	if (!focused) {
		const alert = h('p', { class: 'notice error', role: 'alert', tabindex: -1, text: error.message || t.errors.server });
		host.replaceChildren(alert);
		alert.focus();
	}
}

function withdraw(ctx, body, title, detail) {
	const host = h('section', { class: 'panel danger', 'aria-labelledby': 'withdraw-title' });
	const ask = () => {
		const reason = h('textarea', { id: 'withdraw-reason', name: 'reason', rows: 3 });
		const problem = h('div');
		const confirm = h('button', { type: 'submit', class: 'button danger', text: t.detail.withdrawConfirm });
		const heading2 = h('h2', { id: 'withdraw-title', tabindex: -1, text: t.detail.withdrawTitle });
		fill(host, heading2, h('form', {
			novalidate: true,
			onsubmit: async (event) => {
				event.preventDefault();
				confirm.disabled = true;
				try {
					const fresh = await ctx.api.withdraw(detail.trackingNumber, reason.value.trim());
					draw(ctx, body, title, fresh, t.detail.withdrawn);
					body.querySelector('.notice.success').focus?.();
				}
				catch (error) {
					confirm.disabled = false;
					showProblem(problem, error, { reason: [reason, 'withdraw-reason'] });
				}
			},
		},
		h('p', { class: 'notice', text: t.detail.withdrawWarning }),
		problem,
		h('div', { class: 'field' },
			h('label', { class: 'field-label', for: 'withdraw-reason' }, t.detail.withdrawReason, h('span', { class: 'optional', text: ` (${t.form.optional})` })),
			h('p', { id: 'withdraw-reason-error', class: 'field-error', hidden: true }),
			reason),
		h('div', { class: 'actions' },
			confirm,
			h('button', { type: 'button', class: 'button secondary', text: t.detail.withdrawCancel, onclick: () => { start(); host.querySelector('button').focus(); } }))));
		heading2.focus();
	};
	const start = () => {
		fill(host,
			h('h2', { id: 'withdraw-title', text: t.detail.withdraw }),
			h('button', { type: 'button', class: 'button danger', text: t.detail.withdraw, onclick: ask }));
	};
	start();
	return host;
}
