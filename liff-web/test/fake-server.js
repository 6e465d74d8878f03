/*
 * A stand-in for the server's JSON API in unit tests: answers `fetch` from a table of
 * routes and records every request it was sent.
 */
export function fakeServer(routes) {
	const requests = [];
	const fetch = async (url, init = {}) => {
		const method = (init.method || 'GET').toUpperCase();
		const request = { method, url: String(url), headers: { ...(init.headers || {}) }, body: init.body };
		requests.push(request);
		const handler = routes[`${method} ${request.url}`];
		if (!handler) {
			return json(404, { error: 'ไม่พบ' });
		}
		return typeof handler === 'function' ? handler(request) : handler;
	};
	return { fetch, requests };
}

export function json(status, body) {
	return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export const nuisance = {
	code: 'nuisance',
	nameTh: 'แจ้งเหตุรำคาญ',
	descriptionTh: 'กลิ่น เสียง ควัน น้ำเสีย',
	targetDays: 15,
	anonymousAllowed: true,
	confidential: false,
	appointment: false,
	fields: [
		{ key: 'type', labelTh: 'ประเภทเหตุรำคาญ', hintTh: null, kind: 'CHOICE', required: true, maxLength: null, choices: ['กลิ่น', 'เสียง', 'ควัน'] },
		{ key: 'detail', labelTh: 'รายละเอียด', hintTh: 'เล่าสิ่งที่พบ', kind: 'LONG_TEXT', required: true, maxLength: 20, choices: [] },
		{ key: 'place', labelTh: 'สถานที่', hintTh: null, kind: 'LOCATION', required: true, maxLength: 200, choices: [] },
		{ key: 'phone', labelTh: 'เบอร์โทรศัพท์', hintTh: null, kind: 'PHONE', required: false, maxLength: 20, choices: [] },
		{ key: 'since', labelTh: 'วันที่เริ่มพบ', hintTh: null, kind: 'DATE', required: false, maxLength: null, choices: [] },
		{ key: 'photo', labelTh: 'ภาพถ่าย', hintTh: null, kind: 'PHOTO', required: false, maxLength: null, choices: [] },
	],
};

export const vaccine = {
	code: 'vaccine',
	nameTh: 'นัดฉีดวัคซีน',
	descriptionTh: null,
	targetDays: 3,
	anonymousAllowed: false,
	confidential: true,
	appointment: true,
	fields: [{ key: 'name', labelTh: 'ชื่อ', hintTh: null, kind: 'TEXT', required: true, maxLength: 100, choices: [] }],
};

export const slots = [
	{ id: 12, date: '2026-12-10', dateTh: '10 ธ.ค. 2569', start: '09:00', end: '10:00', placeTh: 'รพ.สต.ปากตะโก', remaining: 3 },
	{ id: 13, date: '2026-12-10', dateTh: '10 ธ.ค. 2569', start: '10:00', end: '11:00', placeTh: 'รพ.สต.ปากตะโก', remaining: 0 },
];
