import { describe, expect, it } from 'vitest';
import { answers, emptyDraft, MAX_FILE_BYTES, requestBody, validate } from '../src/form.js';
import { nuisance, vaccine } from './fake-server.js';

function draft(values = {}, files = {}) {
	return { ...emptyDraft(), values, files };
}

const photo = (name = 'smoke.jpg', size = 1000) => new File([new Uint8Array(size)], name, { type: 'image/jpeg' });

describe('checking a draft', () => {
	it('asks for every required field in the order of the form', () => {
		const errors = validate(nuisance, draft({ detail: '   ' }));

		expect(Object.keys(errors)).toEqual(['type', 'detail', 'place']);
		expect(errors.type).toBe('กรุณาเลือกประเภทเหตุรำคาญ');
		expect(errors.detail).toBe('กรุณากรอกรายละเอียด');
	});

	it('refuses text longer than the field allows, a choice not offered, a bad phone and a bad date', () => {
		const errors = validate(nuisance, draft({
			type: 'แสง', detail: 'ก'.repeat(21), place: 'หมู่ 3', phone: '12345', since: '2026-02-30',
		}));

		expect(errors).toEqual({
			type: 'กรุณาเลือกประเภทเหตุรำคาญจากรายการ',
			detail: 'รายละเอียดต้องไม่เกิน 20 ตัวอักษร',
			phone: 'หมายเลขโทรศัพท์ต้องเป็นตัวเลข 9 หรือ 10 หลัก เช่น 0812345678',
			since: 'วันที่เริ่มพบต้องเป็นวันที่ที่ถูกต้อง',
		});
	});

	it('accepts a complete draft', () => {
		expect(validate(nuisance, draft({ type: 'ควัน', detail: 'เผาขยะทุกเย็น', place: '10.1,99.1', phone: '081-234-5678', since: '2026-11-30' }, { photo: [photo()] }))).toEqual({});
	});

	it('refuses a photo over the size limit and asks for an appointment slot', () => {
		expect(validate(nuisance, draft({ type: 'ควัน', detail: 'x', place: 'y' }, { photo: [photo('big.jpg', MAX_FILE_BYTES + 1)] })).photo)
			.toBe('ไฟล์ big.jpg ใหญ่เกิน 10 MB');
		expect(validate(vaccine, draft({ name: 'สมชาย' }))).toEqual({ slotId: 'กรุณาเลือกวันเวลานัดหมาย' });
	});
});

describe('the multipart body of a request', () => {
	it('has the service, one part per answered field, the files, the slot and anonymity', () => {
		const d = draft({ type: 'ควัน', detail: ' เผาขยะทุกเย็น ', place: '10.100000,99.100000', phone: '081-234-5678', since: '' }, { photo: [photo('a.jpg'), photo('b.jpg')] });
		d.anonymous = true;

		const body = requestBody(nuisance, d);

		expect([...body.keys()]).toEqual(['service', 'field.type', 'field.detail', 'field.place', 'field.phone', 'file.photo', 'file.photo', 'anonymous']);
		expect(body.get('service')).toBe('nuisance');
		expect(body.get('field.detail')).toBe('เผาขยะทุกเย็น');
		expect(body.get('field.phone')).toBe('0812345678');
		expect(body.getAll('file.photo').map((f) => f.name)).toEqual(['a.jpg', 'b.jpg']);
		expect(body.get('anonymous')).toBe('true');
	});

	it('sends the slot of an appointment and never anonymity where it is not allowed', () => {
		const d = draft({ name: 'สมชาย' });
		d.slotId = 12;
		d.anonymous = true;

		const body = requestBody(vaccine, d);

		expect(body.get('slotId')).toBe('12');
		expect(body.has('anonymous')).toBe(false);
	});

	it('lists the answers for checking, with a Buddhist-era date', () => {
		const list = answers(nuisance, draft({ type: 'ควัน', since: '2026-12-03' }, { photo: [photo('a.jpg')] }));

		expect(list.find((a) => a.key === 'since').value).toBe('3 ธันวาคม 2569');
		expect(list.find((a) => a.key === 'photo').value).toBe('a.jpg');
		expect(list.find((a) => a.key === 'detail').value).toBe('');
	});
});
