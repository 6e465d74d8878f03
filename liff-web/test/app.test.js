import { beforeEach, describe, expect, it, vi } from 'vitest';
import liff from '../src/liff.js';
import { start } from '../src/app.js';
import { fakeServer, json, nuisance, vaccine } from './fake-server.js';

const USER = 'U0123456789abcdef0123456789abcdef';

function server(extra = {}) {
	return fakeServer({
		'GET /api/liff/config': json(200, { liffId: null, mock: true, mockUserId: USER }),
		'POST /dev/liff/id-token': () => json(200, { idToken: 'dev-token' }),
		'GET /api/eservice/services': () => json(200, [nuisance, vaccine]),
		...extra,
	});
}

const $ = (selector) => document.querySelector(selector);
const button = (text) => [...document.querySelectorAll('button')].find((b) => b.textContent === text);
const until = (find) => vi.waitFor(() => {
	const found = find();
	if (!found) {
		throw new Error('not yet');
	}
	return found;
}, { timeout: 2000 });

function type(id, value) {
	const input = document.getElementById(id);
	input.value = value;
	input.dispatchEvent(new Event('input'));
}

/** No screen ever shows a stray "null", "undefined" or "[object …]" where a part was left out. */
function expectCleanText() {
	expect(root.textContent).not.toMatch(/null|undefined|\[object/);
}

let root;
beforeEach(() => {
	root = document.createElement('div');
	document.body.replaceChildren(root);
	window.history.replaceState(null, '', '/liff/');
});

describe('the app in mock mode', () => {
	it('starts LIFF before routing and follows liff.state to the form', async () => {
		window.history.replaceState(null, '', '/liff/?liff.state=%2Fservices%2Fnuisance');
		const fake = server();

		await start(root, { liff, fetch: fake.fetch, win: window, env: {} });
		await until(() => $('#f-detail'));

		expect(window.location.pathname).toBe('/liff/services/nuisance');
		expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
			'GET /api/liff/config', 'POST /dev/liff/id-token', 'GET /api/eservice/services']);
		expect($('h1').textContent).toBe('แจ้งเหตุรำคาญ');
		expect($('.mock-banner a').getAttribute('href')).toBe('/dev/line');
		expectCleanText();
	});

	it('files a complaint: form, check your answers, tracking number', async () => {
		const fake = server({
			'POST /api/eservice/requests': json(201, {
				trackingNumber: 'ER-2569-000123', accessCode: null, status: 'RECEIVED', statusTh: 'รับเรื่องแล้ว',
				targetDate: '2026-12-18', targetDateTh: '18 ธ.ค. 2569',
			}),
		});
		await start(root, { liff, fetch: fake.fetch, win: window, env: {} });
		(await until(() => [...document.querySelectorAll('.card-link')].find((a) => a.textContent.includes('แจ้งเหตุรำคาญ')))).click();
		await until(() => $('#f-detail'));

		// nothing filled in: the errors, and nothing sent
		button('ตรวจสอบข้อมูล').click();
		expect($('.error-summary').textContent).toContain('กรุณากรอกรายละเอียด');
		expect(document.getElementById('f-detail').getAttribute('aria-invalid')).toBe('true');

		document.getElementById('f-type-2').click();
		type('f-detail', 'เผาขยะทุกเย็น');
		type('f-place', 'หมู่ 3 ตำบลปากตะโก');
		const photo = document.getElementById('f-photo');
		Object.defineProperty(photo, 'files', { value: [new File(['jpeg'], 'smoke.jpg', { type: 'image/jpeg' })], configurable: true });
		photo.dispatchEvent(new Event('change'));
		button('ตรวจสอบข้อมูล').click();

		expect($('h1').textContent).toBe('ตรวจสอบข้อมูล');
		expectCleanText();
		expect($('.summary-list').textContent).toContain('เผาขยะทุกเย็น');
		expect($('.summary-list').textContent).toContain('smoke.jpg');
		expect(document.activeElement).toBe($('h1'));
		button('ยืนยันและส่งเรื่อง').click();

		expect((await until(() => $('.tracking-number'))).textContent).toBe('ER-2569-000123');
		const sent = fake.requests.find((r) => r.url === '/api/eservice/requests');
		expect(sent.headers.Authorization).toBe('Bearer dev-token');
		expect(sent.body.get('field.type')).toBe('ควัน');
		expect(sent.body.get('file.photo').name).toBe('smoke.jpg');
		expect($('h1').textContent).toBe('ส่งเรื่องเรียบร้อยแล้ว');
		expectCleanText();
		expect($('a.button.primary').getAttribute('href')).toBe('/liff/requests/ER-2569-000123');
	});

	it('shows the server\'s field errors beside the fields and keeps what was typed', async () => {
		const fake = server({
			'POST /api/eservice/requests': json(400, { error: 'ข้อมูลไม่ถูกต้อง', fieldErrors: { place: 'ไม่พบสถานที่นี้ในอำเภอ' } }),
		});
		window.history.replaceState(null, '', '/liff/services/nuisance');
		await start(root, { liff, fetch: fake.fetch, win: window, env: {} });
		await until(() => $('#f-detail'));
		document.getElementById('f-type-0').click();
		type('f-detail', 'กลิ่นเหม็น');
		type('f-place', 'ดาวอังคาร');
		button('ตรวจสอบข้อมูล').click();
		button('ยืนยันและส่งเรื่อง').click();

		await until(() => $('.error-summary'));
		expect(document.getElementById('f-place-error').textContent).toBe('ไม่พบสถานที่นี้ในอำเภอ');
		expect(document.getElementById('f-place').getAttribute('aria-invalid')).toBe('true');
		expect(document.getElementById('f-detail').value).toBe('กลิ่นเหม็น');
	});

	it('shows my requests and a request\'s timeline, and withdraws it after asking', async () => {
		const detail = {
			trackingNumber: 'ER-2569-000123', serviceCode: 'nuisance', serviceNameTh: 'แจ้งเหตุรำคาญ', status: 'RECEIVED',
			statusTh: 'รับเรื่องแล้ว', submittedAtTh: '3 ธ.ค. 2569 08:15 น.', targetDateTh: '18 ธ.ค. 2569', overdue: false,
			answers: [{ labelTh: 'รายละเอียด', value: 'เผาขยะทุกเย็น' }], attachments: [{ name: 'smoke.jpg' }],
			timeline: [{ status: 'RECEIVED', statusTh: 'รับเรื่องแล้ว', atTh: '3 ธ.ค. 2569 08:15 น.', note: null }],
			canAddInformation: true, canWithdraw: true,
		};
		const fake = server({
			'GET /api/eservice/my/requests': json(200, [{ trackingNumber: 'ER-2569-000123', serviceNameTh: 'แจ้งเหตุรำคาญ', status: 'RECEIVED', statusTh: 'รับเรื่องแล้ว', submittedAt: '2026-12-03T01:15:00Z', submittedAtTh: '3 ธ.ค. 2569', targetDateTh: '18 ธ.ค. 2569', overdue: true }]),
			'GET /api/eservice/my/requests/ER-2569-000123': () => json(200, detail),
			'POST /api/eservice/my/requests/ER-2569-000123/withdraw': () => json(200, {
				...detail, status: 'WITHDRAWN', statusTh: 'ถอนเรื่องแล้ว', canAddInformation: false, canWithdraw: false,
				timeline: [...detail.timeline, { status: 'WITHDRAWN', statusTh: 'ถอนเรื่องแล้ว', atTh: '3 ธ.ค. 2569 09:00 น.', note: 'แก้ไขได้เอง' }],
			}),
		});
		window.history.replaceState(null, '', '/liff/requests');
		await start(root, { liff, fetch: fake.fetch, win: window, env: {} });

		const card = await until(() => $('.card-link'));
		expect(card.textContent).toContain('เกินกำหนด');
		card.click();
		await until(() => $('.timeline'));
		expect(window.location.pathname).toBe('/liff/requests/ER-2569-000123');
		expect($('.timeline').textContent).toContain('รับเรื่องแล้ว');
		expect($('.plain-list').textContent).toBe('smoke.jpg');
		expectCleanText();

		button('ถอนเรื่อง').click();
		expect(fake.requests.some((r) => r.url.endsWith('/withdraw'))).toBe(false);
		type('withdraw-reason', 'แก้ไขได้เอง');
		button('ยืนยันถอนเรื่อง').click();

		await until(() => $('.notice.success'));
		const sent = fake.requests.find((r) => r.url.endsWith('/withdraw'));
		expect(JSON.parse(sent.body)).toEqual({ reason: 'แก้ไขได้เอง' });
		expect($('.timeline').textContent).toContain('ถอนเรื่องแล้ว');
		expect(button('ถอนเรื่อง')).toBeUndefined();
	});

	it('saves the news topics', async () => {
		const fake = server({
			'GET /api/liff/subscriptions': json(200, { topics: [{ code: 'news', labelTh: 'ข่าวประชาสัมพันธ์', subscribed: true }, { code: 'jobs', labelTh: 'รับสมัครงาน', subscribed: false }] }),
			'PUT /api/liff/subscriptions': (request) => json(200, { topics: [{ code: 'news', labelTh: 'ข่าวประชาสัมพันธ์', subscribed: false }, { code: 'jobs', labelTh: 'รับสมัครงาน', subscribed: true }], echo: JSON.parse(request.body) }),
		});
		window.history.replaceState(null, '', '/liff/settings');
		await start(root, { liff, fetch: fake.fetch, win: window, env: {} });
		await until(() => $('#topic-news'));

		$('#topic-news').click();
		$('#topic-jobs').click();
		button('บันทึก').click();

		await until(() => $('.notice.success'));
		expect(JSON.parse(fake.requests.find((r) => r.method === 'PUT').body)).toEqual({ topics: ['jobs'] });
		expect($('#topic-jobs').checked).toBe(true);
	});
});
