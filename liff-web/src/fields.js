/*
 * Form controls drawn from a service's field list, bound to a draft. Every control has a
 * visible label; its hint and its error are tied to it with aria-describedby, and a field
 * in error carries aria-invalid. The error summary lists every error with a link that
 * moves the focus to the field.
 */
import { h } from './dom.js';
import { FILE_KINDS, MAX_FILES_PER_FIELD, MAX_FILE_MB, SLOT_KEY } from './form.js';
import { t } from './messages.th.js';

/** A safe id fragment for a field key from the server. */
function idOf(key) {
	return 'f-' + String(key).replace(/[^A-Za-z0-9_-]/g, '_');
}

function describe(controls, ids) {
	const value = ids.filter(Boolean).join(' ');
	for (const control of controls) {
		if (value) {
			control.setAttribute('aria-describedby', value);
		}
		else {
			control.removeAttribute('aria-describedby');
		}
	}
}

/**
 * One field: `{element, focusTarget, setError(message)}`. `controls` are the elements that
 * get aria-invalid and aria-describedby (the input, or every radio of a group).
 */
function fieldShell({ key, label, hint, required, group, build }) {
	const id = idOf(key);
	const hintId = hint ? `${id}-hint` : null;
	const errorId = `${id}-error`;
	const error = h('p', { id: errorId, class: 'field-error', hidden: true });
	const labelText = [label, required ? null : h('span', { class: 'optional', text: ` (${t.form.optional})` })];
	const hintElement = hint ? h('p', { id: hintId, class: 'field-hint', text: hint }) : null;
	const { controls, body, extraDescribedBy = [] } = build(id);
	let element;
	if (group) {
		element = h('fieldset', { class: 'field', id: `${id}-field`, dataset: { key } },
			h('legend', { class: 'field-label' }, labelText), hintElement, error, body);
	}
	else {
		element = h('div', { class: 'field', id: `${id}-field`, dataset: { key } },
			h('label', { class: 'field-label', for: id }, labelText), hintElement, error, body);
	}
	describe(controls, [hintId, ...extraDescribedBy]);
	const setError = (message) => {
		error.textContent = message || '';
		error.hidden = !message;
		element.classList.toggle('has-error', Boolean(message));
		for (const control of controls) {
			if (message) {
				control.setAttribute('aria-invalid', 'true');
			}
			else {
				control.removeAttribute('aria-invalid');
			}
		}
		describe(controls, [hintId, message ? errorId : null, ...extraDescribedBy]);
	};
	return { key, element, focusTarget: controls[0], setError };
}

function textField(field, draft) {
	return fieldShell({
		key: field.key,
		label: field.labelTh,
		hint: field.hintTh,
		required: field.required,
		build: (id) => {
			const common = {
				id,
				name: `field.${field.key}`,
				oninput: (event) => {
					draft.values[field.key] = event.target.value;
					updateCounter();
				},
			};
			let input;
			if (field.kind === 'LONG_TEXT') {
				input = h('textarea', { ...common, rows: 5 });
				input.value = draft.values[field.key] || '';
			}
			else {
				const type = field.kind === 'DATE' ? 'date' : field.kind === 'PHONE' ? 'tel' : 'text';
				input = h('input', {
					...common,
					type,
					inputmode: field.kind === 'PHONE' ? 'tel' : null,
					autocomplete: field.kind === 'PHONE' ? 'tel' : 'off',
				});
				input.value = draft.values[field.key] || '';
			}
			const counterId = `${id}-count`;
			const counter = field.maxLength && field.kind === 'LONG_TEXT' ? h('p', { id: counterId, class: 'field-count' }) : null;
			function updateCounter() {
				if (counter) {
					counter.textContent = t.form.charactersLeft(field.maxLength - input.value.length);
					counter.classList.toggle('over', input.value.length > field.maxLength);
				}
			}
			updateCounter();
			return { controls: [input], body: [input, counter], extraDescribedBy: counter ? [counterId] : [] };
		},
	});
}

function locationField(field, draft, env) {
	return fieldShell({
		key: field.key,
		label: field.labelTh,
		hint: field.hintTh || t.form.locationHint,
		required: field.required,
		build: (id) => {
			const input = h('input', {
				id,
				name: `field.${field.key}`,
				type: 'text',
				autocomplete: 'off',
				oninput: (event) => {
					draft.values[field.key] = event.target.value;
				},
			});
			input.value = draft.values[field.key] || '';
			const status = h('p', { class: 'field-status', role: 'status' });
			const geolocation = env.geolocation;
			const button = geolocation
				? h('button', {
					type: 'button',
					class: 'button secondary',
					text: t.form.useLocation,
					onclick: () => {
						status.textContent = t.form.locating;
						button.disabled = true;
						geolocation.getCurrentPosition(
							(position) => {
								const value = `${position.coords.latitude.toFixed(6)},${position.coords.longitude.toFixed(6)}`;
								input.value = value;
								draft.values[field.key] = value;
								status.textContent = t.form.locationFound;
								button.disabled = false;
							},
							(failure) => {
								status.textContent = failure && failure.code === 1 ? t.form.locationDenied : t.form.locationFailed;
								button.disabled = false;
							},
							{ enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
						);
					},
				})
				: null;
			return { controls: [input], body: [input, button, status] };
		},
	});
}

function choiceField(field, draft) {
	return fieldShell({
		key: field.key,
		label: field.labelTh,
		hint: field.hintTh,
		required: field.required,
		group: true,
		build: (id) => {
			const radios = [];
			const items = (field.choices || []).map((choice, i) => {
				const radio = h('input', {
					type: 'radio',
					id: `${id}-${i}`,
					name: `field.${field.key}`,
					value: choice,
					checked: draft.values[field.key] === choice,
					onchange: () => {
						draft.values[field.key] = choice;
					},
				});
				radios.push(radio);
				return h('div', { class: 'choice' }, radio, h('label', { for: `${id}-${i}`, text: choice }));
			});
			return { controls: radios, body: h('div', { class: 'choices' }, items) };
		},
	});
}

function fileField(field, draft, env) {
	const photo = field.kind === 'PHOTO';
	const files = () => (draft.files[field.key] = draft.files[field.key] || []);
	return fieldShell({
		key: field.key,
		label: field.labelTh,
		hint: [field.hintTh, t.form.fileLimits(MAX_FILE_MB, MAX_FILES_PER_FIELD)].filter(Boolean).join(' '),
		required: field.required,
		group: true,
		build: (id) => {
			const list = h('ul', { class: 'file-list', 'aria-label': t.form.filesChosen });
			const redraw = () => {
				list.replaceChildren(...files().map((file, index) => {
					const preview = photo && file.type && file.type.startsWith('image/') && env.createObjectURL
						? h('img', { class: 'file-preview', src: env.createObjectURL(file), alt: t.form.photoPreview(file.name) })
						: null;
					return h('li', { class: 'file-item' },
						preview,
						h('span', { class: 'file-name', text: file.name }),
						h('button', {
							type: 'button',
							class: 'button link',
							'aria-label': t.form.removeFile(file.name),
							text: t.form.remove,
							onclick: () => {
								files().splice(index, 1);
								redraw();
							},
						}));
				}));
				list.hidden = files().length === 0;
			};
			const chooser = (inputId, text, attributes, secondary) => {
				const input = h('input', {
					type: 'file',
					id: inputId,
					class: 'file-input',
					name: `file.${field.key}`,
					...attributes,
					onchange: (event) => {
						files().push(...Array.from(event.target.files || []));
						event.target.value = '';
						redraw();
					},
				});
				return [input, h('label', { for: inputId, class: secondary ? 'button secondary' : 'button', text })];
			};
			const inputs = photo
				? [chooser(id, t.form.takePhoto, { accept: 'image/*', capture: 'environment' }, false),
					chooser(`${id}-pick`, t.form.choosePhoto, { accept: 'image/*', multiple: true }, true)]
				: [chooser(id, t.form.chooseFile, { multiple: true }, false)];
			redraw();
			return {
				controls: inputs.map(([input]) => input),
				body: [h('div', { class: 'file-buttons' }, inputs.flat()), list],
			};
		},
	});
}

function slotField(slots, draft) {
	return fieldShell({
		key: SLOT_KEY,
		label: t.form.slotLegend,
		required: true,
		group: true,
		build: (id) => {
			const radios = [];
			const items = slots.map((slot) => {
				const radioId = `${id}-${slot.id}`;
				const full = !(slot.remaining > 0);
				const radio = h('input', {
					type: 'radio',
					id: radioId,
					name: SLOT_KEY,
					value: String(slot.id),
					disabled: full,
					checked: draft.slotId === slot.id,
					onchange: () => {
						draft.slotId = slot.id;
					},
				});
				radios.push(radio);
				return h('div', { class: 'choice' }, radio,
					h('label', { for: radioId },
						h('span', { class: 'slot-when', text: `${slot.dateTh} ${slot.start}–${slot.end}` }),
						h('span', { class: 'slot-place', text: slot.placeTh }),
						h('span', { class: full ? 'slot-left full' : 'slot-left', text: full ? t.form.slotFull : t.form.slotRemaining(slot.remaining) })));
			});
			const body = slots.length ? h('div', { class: 'choices' }, items) : h('p', { class: 'field-hint', text: t.form.slotsEmpty });
			// with no slot at all the fieldset itself takes the focus from the error summary
			return { controls: radios.length ? radios.filter((r) => !r.disabled).concat(radios.filter((r) => r.disabled)) : [], body };
		},
	});
}

function anonymousField(draft) {
	const id = 'f-anonymous';
	const box = h('input', {
		type: 'checkbox',
		id,
		name: 'anonymous',
		checked: draft.anonymous,
		'aria-describedby': `${id}-hint`,
		onchange: (event) => {
			draft.anonymous = event.target.checked;
		},
	});
	return h('div', { class: 'field choice anonymous' }, box,
		h('label', { for: id, text: t.form.anonymous }),
		h('p', { id: `${id}-hint`, class: 'field-hint', text: t.form.anonymousHint }));
}

/**
 * The controls of a service's form, bound to `draft`: `{elements, fields}` where `fields`
 * maps keys (and {@link SLOT_KEY}) to `{element, focusTarget, setError}`.
 */
export function formControls(service, draft, { slots = [], env = {} } = {}) {
	const fields = new Map();
	const elements = [];
	for (const field of service.fields) {
		let control;
		if (FILE_KINDS.has(field.kind)) {
			control = fileField(field, draft, env);
		}
		else if (field.kind === 'CHOICE') {
			control = choiceField(field, draft);
		}
		else if (field.kind === 'LOCATION') {
			control = locationField(field, draft, env);
		}
		else {
			control = textField(field, draft);
		}
		fields.set(field.key, control);
		elements.push(control.element);
	}
	if (service.appointment) {
		const control = slotField(slots, draft);
		if (!control.focusTarget) {
			control.element.tabIndex = -1;
			control.focusTarget = control.element;
		}
		fields.set(SLOT_KEY, control);
		elements.push(control.element);
	}
	if (service.anonymousAllowed) {
		elements.push(anonymousField(draft));
	}
	return { elements, fields };
}

/**
 * Shows `errors` ({key: Thai}) beside their fields and in a summary that takes the focus.
 * Errors for keys the form does not have (a server's) are listed in the summary only.
 * Returns the summary element (or null when there are no errors).
 */
export function showErrors(summaryHost, fields, errors) {
	for (const [key, control] of fields) {
		control.setError(errors[key] || null);
	}
	const entries = Object.entries(errors).filter(([, message]) => message);
	summaryHost.replaceChildren();
	if (!entries.length) {
		return null;
	}
	const titleId = 'error-summary-title';
	const summary = h('div', { class: 'error-summary', tabindex: -1, role: 'alert', 'aria-labelledby': titleId },
		h('h2', { id: titleId, text: t.form.errorSummaryTitle }),
		h('ul', {}, entries.map(([key, message]) => {
			const control = fields.get(key);
			if (!control) {
				return h('li', { text: message });
			}
			return h('li', {}, h('a', {
				href: `#${control.focusTarget.id}`,
				text: message,
				onclick: (event) => {
					event.preventDefault();
					control.focusTarget.focus();
					control.element.scrollIntoView({ block: 'center' });
				},
			}));
		})));
	summaryHost.appendChild(summary);
	summary.focus();
	return summary;
}
