import { beforeEach, describe, expect, it } from 'vitest';
import { formControls, showErrors } from '../src/fields.js';
import { emptyDraft, validate } from '../src/form.js';
import { nuisance, slots, vaccine } from './fake-server.js';

beforeEach(() => {
	document.body.replaceChildren();
});

function mount(service, draft, options) {
	const summary = document.createElement('div');
	const form = document.createElement('form');
	const { elements, fields } = formControls(service, draft, options);
	form.append(...elements);
	document.body.append(summary, form);
	return { summary, form, fields };
}

describe('form controls', () => {
	it('label every control and tie hints to them', () => {
		mount(nuisance, emptyDraft());

		for (const input of document.querySelectorAll('input:not([type=radio]):not([type=file]), textarea')) {
			expect(document.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
		}
		const detail = document.getElementById('f-detail');
		expect(detail.getAttribute('aria-describedby').split(' ')).toContain('f-detail-hint');
		expect(document.getElementById('f-detail-hint').textContent).toBe('เล่าสิ่งที่พบ');
		expect(document.getElementById('f-phone').getAttribute('inputmode')).toBe('tel');
		expect(document.getElementById('f-since').type).toBe('date');
		expect(document.querySelectorAll('input[name="field.type"][type=radio]')).toHaveLength(3);
		expect(document.querySelector('#f-type-field legend').textContent).toBe('ประเภทเหตุรำคาญ');
	});

	it('offers a camera and the photo library for a photo', () => {
		mount(nuisance, emptyDraft());

		const camera = document.getElementById('f-photo');
		expect(camera.getAttribute('accept')).toBe('image/*');
		expect(camera.hasAttribute('capture')).toBe(true);
		expect(document.querySelector('label[for="f-photo"]').textContent).toBe('ถ่ายภาพ');
		expect(document.getElementById('f-photo-pick').hasAttribute('capture')).toBe(false);
	});

	it('fills a location field from the phone\'s position', () => {
		const geolocation = { getCurrentPosition: (ok) => ok({ coords: { latitude: 10.1036, longitude: 99.0963 } }) };
		const draft = emptyDraft();
		mount(nuisance, draft, { env: { geolocation } });

		[...document.querySelectorAll('button')].find((b) => b.textContent === 'ใช้ตำแหน่งปัจจุบัน').click();

		expect(document.getElementById('f-place').value).toBe('10.103600,99.096300');
		expect(draft.values.place).toBe('10.103600,99.096300');
	});

	it('keep what was typed in the draft', () => {
		const draft = emptyDraft();
		mount(nuisance, draft);

		const detail = document.getElementById('f-detail');
		detail.value = 'เผาขยะ';
		detail.dispatchEvent(new Event('input'));
		document.getElementById('f-type-2').click();

		expect(draft.values).toEqual({ detail: 'เผาขยะ', type: 'ควัน' });
	});
});

describe('errors', () => {
	it('are tied to their fields and listed in a summary that takes the focus', () => {
		const draft = emptyDraft();
		const { summary, fields } = mount(nuisance, draft);

		showErrors(summary, fields, validate(nuisance, draft));

		const detail = document.getElementById('f-detail');
		expect(detail.getAttribute('aria-invalid')).toBe('true');
		expect(detail.getAttribute('aria-describedby').split(' ')).toEqual(['f-detail-hint', 'f-detail-error', 'f-detail-count']);
		expect(document.getElementById('f-detail-error').textContent).toBe('กรุณากรอกรายละเอียด');
		expect(document.getElementById('f-detail-error').hidden).toBe(false);
		for (const radio of document.querySelectorAll('input[name="field.type"]')) {
			expect(radio.getAttribute('aria-invalid')).toBe('true');
			expect(radio.getAttribute('aria-describedby')).toBe('f-type-error');
		}
		expect(document.getElementById('f-phone').hasAttribute('aria-invalid')).toBe(false);

		const box = summary.querySelector('.error-summary');
		expect(document.activeElement).toBe(box);
		expect([...box.querySelectorAll('a')].map((a) => a.textContent))
			.toEqual(['กรุณาเลือกประเภทเหตุรำคาญ', 'กรุณากรอกรายละเอียด', 'กรุณากรอกสถานที่']);
		box.querySelectorAll('a')[1].click();
		expect(document.activeElement).toBe(detail);
	});

	it('go away when fixed, and a server error for an unknown key still shows in the summary', () => {
		const draft = emptyDraft();
		const { summary, fields } = mount(nuisance, draft);
		showErrors(summary, fields, { detail: 'กรุณากรอกรายละเอียด' });

		showErrors(summary, fields, { other: 'คำขอซ้ำ' });

		const detail = document.getElementById('f-detail');
		expect(detail.hasAttribute('aria-invalid')).toBe(false);
		expect(detail.getAttribute('aria-describedby')).toBe('f-detail-hint f-detail-count');
		expect(summary.textContent).toContain('คำขอซ้ำ');
	});

	it('of the appointment slot point at the first free slot', () => {
		const draft = emptyDraft();
		const { summary, fields } = mount(vaccine, draft, { slots });

		expect(document.getElementById('f-slotId-13').disabled).toBe(true);
		showErrors(summary, fields, validate(vaccine, { ...draft, values: { name: 'ก' } }));
		summary.querySelector('a').click();

		expect(document.activeElement.id).toBe('f-slotId-12');
	});
});
