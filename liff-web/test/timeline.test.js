import { describe, expect, it } from 'vitest';
import { timeline } from '../src/views/request.js';

describe('the timeline of a request', () => {
	it('shows every status with its Thai time and the staff member\'s note', () => {
		const list = timeline([
			{ status: 'RECEIVED', statusTh: 'รับเรื่องแล้ว', atTh: '3 ธ.ค. 2569 08:15 น.', note: null },
			{ status: 'IN_PROGRESS', statusTh: 'กำลังดำเนินการ', atTh: '4 ธ.ค. 2569 10:00 น.', note: 'เจ้าหน้าที่ลงพื้นที่ตรวจสอบ' },
			{ status: 'DONE', statusTh: 'เสร็จสิ้น', atTh: '5 ธ.ค. 2569 15:30 น.', note: '<b>แก้ไขแล้ว</b>' },
		]);

		expect(list.tagName).toBe('OL');
		const items = [...list.querySelectorAll('li')];
		expect(items).toHaveLength(3);
		expect(items[0].querySelector('.status').textContent).toBe('รับเรื่องแล้ว');
		expect(items[0].querySelector('.timeline-at').textContent).toBe('3 ธ.ค. 2569 08:15 น.');
		expect(items[0].querySelector('.timeline-note')).toBeNull();
		expect(items[1].querySelector('.timeline-note').textContent).toBe('เจ้าหน้าที่ลงพื้นที่ตรวจสอบ');
		expect(items[2].querySelector('.status').classList.contains('status-done')).toBe(true);
		// a note is text, never markup
		expect(items[2].querySelector('b')).toBeNull();
		expect(items[2].querySelector('.timeline-note').textContent).toBe('<b>แก้ไขแล้ว</b>');
	});
});
