import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApi } from '../src/api.js';
import { t } from '../src/messages.th.js';
import { fakeServer, json } from './fake-server.js';

describe('the API client', () => {
	it('sends the raw ID token as a bearer token', async () => {
		const server = fakeServer({ 'GET /api/eservice/my/requests': json(200, []) });
		const api = createApi({ token: () => 'token-1', renew: vi.fn(), fetch: server.fetch });

		await api.myRequests();

		expect(server.requests[0].headers.Authorization).toBe('Bearer token-1');
	});

	it('renews the token once on 401 and repeats the call with the new one', async () => {
		let current = 'expired';
		const server = fakeServer({
			'GET /api/eservice/my/requests': (request) => request.headers.Authorization === 'Bearer fresh'
				? json(200, [{ trackingNumber: 'ER-2569-000001' }])
				: json(401, { error: 'กรุณาเข้าสู่ระบบ LINE ใหม่อีกครั้ง' }),
		});
		const renew = vi.fn(async () => {
			current = 'fresh';
			return true;
		});
		const api = createApi({ token: () => current, renew, fetch: server.fetch });

		const requests = await api.myRequests();

		expect(requests).toEqual([{ trackingNumber: 'ER-2569-000001' }]);
		expect(renew).toHaveBeenCalledTimes(1);
		expect(server.requests.map((r) => r.headers.Authorization)).toEqual(['Bearer expired', 'Bearer fresh']);
	});

	it('gives up after one renewal and shows the server\'s Thai message', async () => {
		const server = fakeServer({ 'GET /api/liff/subscriptions': json(401, { error: 'กรุณาเข้าสู่ระบบ LINE ใหม่อีกครั้ง' }) });
		const renew = vi.fn(async () => true);
		const api = createApi({ token: () => 'bad', renew, fetch: server.fetch });

		const failure = await api.subscriptions().catch((e) => e);

		expect(failure).toBeInstanceOf(ApiError);
		expect(failure.status).toBe(401);
		expect(failure.message).toBe('กรุณาเข้าสู่ระบบ LINE ใหม่อีกครั้ง');
		expect(renew).toHaveBeenCalledTimes(1);
		expect(server.requests).toHaveLength(2);
	});

	it('does not repeat the call when the token cannot be renewed', async () => {
		const server = fakeServer({ 'GET /api/eservice/my/requests': new Response('', { status: 401 }) });
		const api = createApi({ token: () => 'bad', renew: async () => false, fetch: server.fetch });

		const failure = await api.myRequests().catch((e) => e);

		expect(failure.message).toBe(t.errors.unauthorized);
		expect(server.requests).toHaveLength(1);
	});

	it('never sends a token to the public service list', async () => {
		const server = fakeServer({ 'GET /api/eservice/services': json(200, []) });
		const api = createApi({ token: () => 'token-1', renew: vi.fn(), fetch: server.fetch });

		await api.services();

		expect(server.requests[0].headers.Authorization).toBeUndefined();
	});

	it('carries the field errors of a 400', async () => {
		const server = fakeServer({
			'POST /api/eservice/requests': json(400, { error: 'ข้อมูลไม่ครบ', fieldErrors: { detail: 'กรุณากรอกรายละเอียด' } }),
		});
		const api = createApi({ token: () => 't', renew: vi.fn(), fetch: server.fetch });

		const failure = await api.submit(new FormData()).catch((e) => e);

		expect(failure.status).toBe(400);
		expect(failure.message).toBe('ข้อมูลไม่ครบ');
		expect(failure.fieldErrors).toEqual({ detail: 'กรุณากรอกรายละเอียด' });
	});

	it('turns a lost connection, Spring\'s English error body and a non-JSON error page into Thai messages', async () => {
		const offline = createApi({ token: () => 't', renew: vi.fn(), fetch: async () => { throw new TypeError('Failed to fetch'); } });
		expect((await offline.myRequests().catch((e) => e)).message).toBe(t.errors.network);

		const spring = createApi({ token: () => 't', renew: vi.fn(), fetch: async () => json(404, { timestamp: '2026-12-03T08:00:00Z', status: 404, error: 'Not Found', path: '/api/x' }) });
		expect((await spring.myRequests().catch((e) => e)).message).toBe(t.errors.notFound);

		const proxy = createApi({ token: () => 't', renew: vi.fn(), fetch: async () => new Response('<html>Bad gateway</html>', { status: 502 }) });
		expect((await proxy.myRequests().catch((e) => e)).message).toBe(t.errors.server);
	});

	it('sends JSON for withdrawals and encodes the tracking number in the path', async () => {
		const server = fakeServer({ 'POST /api/eservice/my/requests/ER%2F1/withdraw': json(200, { trackingNumber: 'ER/1' }) });
		const api = createApi({ token: () => 't', renew: vi.fn(), fetch: server.fetch });

		await api.withdraw('ER/1', 'แก้ไขได้แล้ว');

		expect(server.requests[0].headers['Content-Type']).toBe('application/json');
		expect(JSON.parse(server.requests[0].body)).toEqual({ reason: 'แก้ไขได้แล้ว' });
	});
});
