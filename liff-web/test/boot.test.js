import { describe, expect, it, vi } from 'vitest';
import liff from '../src/liff.js';
import { boot } from '../src/boot.js';
import { fakeServer, json } from './fake-server.js';

const USER = 'U0123456789abcdef0123456789abcdef';

describe('booting in mock mode (no LIFF id: the local simulator)', () => {
	it('runs the SDK with @line/liff-mock and uses the token the simulator minted', async () => {
		let minted = 0;
		const server = fakeServer({
			'GET /api/liff/config': json(200, { liffId: null, mock: true, mockUserId: USER }),
			'POST /dev/liff/id-token': () => json(200, { idToken: `dev-token-${++minted}` }),
		});

		const session = await boot({ liff, fetch: server.fetch, storage: sessionStorage });

		expect(session.mock).toBe(true);
		expect(liff.isLoggedIn()).toBe(true);
		expect(session.token()).toBe('dev-token-1');
		const mint = server.requests.find((r) => r.url === '/dev/liff/id-token');
		expect(JSON.parse(mint.body)).toEqual({ userId: USER, displayName: 'ผู้ทดลองใช้' });

		// a refused token is replaced by a fresh one from the simulator
		expect(await session.renew()).toBe(true);
		expect(session.token()).toBe('dev-token-2');
	});
});

function fakeLiff({ loggedIn, inClient = false }) {
	return {
		init: vi.fn(async () => {}),
		isLoggedIn: vi.fn(() => loggedIn),
		isInClient: vi.fn(() => inClient),
		login: vi.fn(),
		logout: vi.fn(),
		getIDToken: vi.fn(() => 'line-token'),
		use: vi.fn(),
	};
}

describe('booting with a LIFF id', () => {
	const config = () => fakeServer({ 'GET /api/liff/config': json(200, { liffId: '1234-abcd', mock: false, mockUserId: null }) });

	it('initialises LIFF with the id and never loads the mock', async () => {
		const sdk = fakeLiff({ loggedIn: true });
		const loadMockPlugin = vi.fn();

		const session = await boot({ liff: sdk, fetch: config().fetch, storage: sessionStorage, loadMockPlugin });

		expect(sdk.init).toHaveBeenCalledWith({ liffId: '1234-abcd' });
		expect(loadMockPlugin).not.toHaveBeenCalled();
		expect(session.token()).toBe('line-token');
	});

	it('logs in with LINE in an external browser and comes back to the same page', async () => {
		const sdk = fakeLiff({ loggedIn: false });
		const location = { href: 'https://dho.example/liff/requests/ER-2569-000123' };

		const outcome = await Promise.race([
			boot({ liff: sdk, fetch: config().fetch, location, storage: sessionStorage }).then(() => 'booted'),
			new Promise((resolve) => setTimeout(() => resolve('left for LINE Login'), 50)),
		]);

		expect(outcome).toBe('left for LINE Login');
		expect(sdk.login).toHaveBeenCalledWith({ redirectUri: 'https://dho.example/liff/requests/ER-2569-000123' });
	});

	it('logs in again once on a refused token, but not twice within a minute', async () => {
		const sdk = fakeLiff({ loggedIn: true });
		const storage = new Map();
		const store = { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => storage.set(k, v) };
		let now = 1_000_000;
		const session = await boot({ liff: sdk, fetch: config().fetch, location: { href: 'https://dho.example/liff/' }, storage: store, now: () => now });

		session.renew();
		await Promise.resolve();
		expect(sdk.logout).toHaveBeenCalledTimes(1);
		expect(sdk.login).toHaveBeenCalledWith({ redirectUri: 'https://dho.example/liff/' });

		// back from LINE Login and refused again at once: no loop, the error is shown
		now += 5_000;
		expect(await session.renew()).toBe(false);
		expect(sdk.login).toHaveBeenCalledTimes(1);
	});

	it('inside LINE does not try to log in again (only reopening renews the token)', async () => {
		const sdk = fakeLiff({ loggedIn: true, inClient: true });
		const session = await boot({ liff: sdk, fetch: config().fetch, storage: sessionStorage });

		expect(await session.renew()).toBe(false);
		expect(sdk.login).not.toHaveBeenCalled();
	});

	it('fails with a Thai message when the configuration cannot be read', async () => {
		const server = fakeServer({ 'GET /api/liff/config': json(500, {}) });

		await expect(boot({ liff: fakeLiff({ loggedIn: true }), fetch: server.fetch })).rejects.toThrow('เปิดแอปไม่สำเร็จ');
	});
});
