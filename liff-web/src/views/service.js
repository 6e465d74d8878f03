/*
 * One service: its form, then "ตรวจสอบข้อมูล" (check your answers), then the confirmation
 * with the tracking number. The draft lives in memory while the app is open, so "แก้ไข"
 * and a trip to another screen keep what was typed. Errors found here or by the server
 * are shown beside their fields; nothing typed is lost on an error.
 */
import { fill, h } from '../dom.js';
import { formControls, showErrors } from '../fields.js';
import { answers, emptyDraft, requestBody, SLOT_KEY, validate } from '../form.js';
import { t } from '../messages.th.js';
import { path } from '../router.js';
import { ApiError } from '../api.js';
import { errorPanel, focusHeading, heading, withData } from './common.js';

const drafts = new Map();

function draftOf(code) {
	if (!drafts.has(code)) {
		drafts.set(code, emptyDraft());
	}
	return drafts.get(code);
}

export function serviceView(ctx, view, { code }) {
	return withData(view, t.services.title, async () => {
		const services = await ctx.services();
		const service = services.find((s) => s.code === code);
		if (!service) {
			throw new ApiError(404, t.errors.notFound);
		}
		const slots = service.appointment ? await ctx.api.slots(code) : [];
		return { service, slots };
	}, ({ service, slots }, body, title) => {
		title.textContent = service.nameTh;
		ctx.setTitle(service.nameTh);
		showForm(ctx, view, service, slots, {});
	});
}

function showForm(ctx, view, service, slots, errors, focusKey) {
	const draft = draftOf(service.code);
	const summaryHost = h('div');
	const { elements, fields } = formControls(service, draft, { slots, env: ctx.env });
	const form = h('form', {
		class: 'service-form',
		novalidate: true,
		onsubmit: (event) => {
			event.preventDefault();
			const found = validate(service, draft);
			if (Object.keys(found).length) {
				showErrors(summaryHost, fields, found);
				return;
			}
			showCheck(ctx, view, service, slots);
		},
	},
	elements,
	h('div', { class: 'actions' },
		h('button', { type: 'submit', class: 'button primary', text: t.form.next }),
		h('a', { class: 'button secondary', href: path('services'), text: t.form.cancel })));
	fill(view,
		heading(service.nameTh),
		service.descriptionTh ? h('p', { class: 'lead', text: service.descriptionTh }) : null,
		service.confidential ? h('p', { class: 'notice', text: t.form.confidentialNote }) : null,
		summaryHost,
		form);
	if (Object.keys(errors).length) {
		showErrors(summaryHost, fields, errors);
	}
	else if (focusKey && fields.get(focusKey)) {
		fields.get(focusKey).focusTarget.focus();
	}
	else {
		focusHeading(view);
	}
}

function showCheck(ctx, view, service, slots) {
	const draft = draftOf(service.code);
	const status = h('div');
	const rows = answers(service, draft).map((answer) => [answer.key, answer.label, answer.value || t.check.empty]);
	if (service.appointment) {
		const slot = slots.find((s) => s.id === draft.slotId);
		rows.push([SLOT_KEY, t.check.slot, slot ? `${slot.dateTh} ${slot.start}–${slot.end} ${slot.placeTh}` : t.check.empty]);
	}
	if (service.anonymousAllowed && draft.anonymous) {
		rows.push([null, t.form.anonymous, t.check.anonymousYes]);
	}
	const submit = h('button', { type: 'submit', class: 'button primary', text: t.check.submit });
	const form = h('form', {
		class: 'check-form',
		onsubmit: async (event) => {
			event.preventDefault();
			if (submit.disabled) {
				return;
			}
			submit.disabled = true;
			submit.textContent = t.check.submitting;
			status.replaceChildren();
			try {
				const receipt = await ctx.api.submit(requestBody(service, draft));
				drafts.delete(service.code);
				showDone(ctx, view, service, receipt);
			}
			catch (error) {
				submit.disabled = false;
				submit.textContent = t.check.submit;
				if (error instanceof ApiError && error.status === 400 && Object.keys(error.fieldErrors).length) {
					showForm(ctx, view, service, slots, error.fieldErrors);
				}
				else if (error instanceof ApiError && error.status === 409 && service.appointment) {
					// the slot filled up meanwhile: fresh slots, the choice cleared, the reason beside it
					draft.slotId = null;
					let fresh = slots;
					try {
						fresh = await ctx.api.slots(service.code);
					}
					catch {
						// keep the old list; the server checks again
					}
					showForm(ctx, view, service, fresh, { [SLOT_KEY]: error.message });
				}
				else {
					status.replaceChildren(errorPanel(error));
					status.firstChild.focus();
				}
			}
		},
	},
	h('div', { class: 'actions' }, submit));
	fill(view,
		heading(t.check.title),
		h('p', { class: 'lead', text: t.check.intro }),
		h('dl', { class: 'summary-list' },
			h('div', { class: 'summary-row' }, h('dt', { text: t.check.service }), h('dd', { text: service.nameTh })),
			rows.map(([key, label, value]) => h('div', { class: 'summary-row' },
				h('dt', { text: label }),
				h('dd', { text: value }),
				key ? h('dd', { class: 'summary-action' }, h('button', {
					type: 'button',
					class: 'button link',
					'aria-label': `${t.check.edit} ${label}`,
					text: t.check.edit,
					onclick: () => showForm(ctx, view, service, slots, {}, key),
				})) : null))),
		status,
		form);
	focusHeading(view);
}

function showDone(ctx, view, service, receipt) {
	const copied = h('p', { class: 'field-status', role: 'status' });
	const number = h('p', { class: 'tracking-number', id: 'tracking-number', text: receipt.trackingNumber });
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(receipt.trackingNumber);
			copied.textContent = t.done.copied;
		}
		catch {
			// no clipboard (old webview): select the number so it can be copied by hand
			const range = document.createRange();
			range.selectNodeContents(number);
			const selection = window.getSelection();
			selection.removeAllRanges();
			selection.addRange(range);
			copied.textContent = t.done.copyFailed;
		}
	};
	const anonymous = Boolean(receipt.accessCode);
	fill(view,
		heading(t.done.title),
		h('div', { class: 'panel done' },
			h('p', { class: 'tracking-label', text: t.done.trackingLabel }),
			number,
			h('button', { type: 'button', class: 'button secondary', text: t.done.copy, onclick: copy }),
			copied,
			anonymous ? [h('p', { class: 'tracking-label', text: t.done.accessCodeLabel }),
				h('p', { class: 'access-code', text: receipt.accessCode })] : null),
		h('dl', { class: 'summary-list' },
			h('div', { class: 'summary-row' }, h('dt', { text: t.check.service }), h('dd', { text: service.nameTh })),
			receipt.statusTh ? h('div', { class: 'summary-row' }, h('dt', { text: t.done.status }), h('dd', { text: receipt.statusTh })) : null,
			receipt.targetDateTh ? h('div', { class: 'summary-row' }, h('dt', { text: t.done.target }), h('dd', { text: receipt.targetDateTh })) : null),
		h('p', { class: 'notice', text: anonymous ? t.done.noticeAnonymous : t.done.notice }),
		h('div', { class: 'actions' },
			anonymous ? null : h('a', { class: 'button primary', href: path('request', { trackingNumber: receipt.trackingNumber }), text: t.done.myRequests }),
			h('a', { class: 'button secondary', href: path('services'), text: t.done.another })));
	focusHeading(view);
}
