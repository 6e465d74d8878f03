/*
 * Starting the LIFF SDK, before anything else happens (routing waits for it).
 *
 * With a LIFF id (production): liff.init, and outside LINE a login in the external browser
 * that comes back to the same address. Without one, the server runs its local LINE
 * simulator and says `mock`: the SDK runs with @line/liff-mock, and the ID token comes from
 * the simulator (POST /dev/liff/id-token); the server verifies it the same way it verifies
 * LINE's, so the rest of the app cannot tell the difference.
 */
import { t } from './messages.th.js';

const RELOGIN_KEY = 'dho-liff-relogin';
const RELOGIN_WINDOW_MS = 60_000;

/** Never settles: the page is navigating away (to LINE Login). */
const leaving = () => new Promise(() => {});

export class BootError extends Error {
}

async function fetchJson(doFetch, url, init) {
	let response;
	try {
		response = await doFetch(url, { credentials: 'same-origin', ...init, headers: { Accept: 'application/json', ...(init && init.headers) } });
	}
	catch {
		throw new BootError(t.errors.network);
	}
	if (!response.ok) {
		throw new BootError(t.errors.init);
	}
	return response.json();
}

/**
 * @returns {Promise<{mock: boolean, token: () => (string|null), renew: () => Promise<boolean>, inClient: boolean}>}
 */
export async function boot({
	liff,
	fetch: doFetch = (...args) => globalThis.fetch(...args),
	location = window.location,
	storage = window.sessionStorage,
	loadMockPlugin = () => import('@line/liff-mock'),
	now = () => Date.now(),
}) {
	const config = await fetchJson(doFetch, '/api/liff/config');

	if (config.mock) {
		const { LiffMockPlugin } = await loadMockPlugin();
		liff.use(new LiffMockPlugin());
		await liff.init({ liffId: 'mock', mock: true });
		const userId = config.mockUserId;
		const mint = async () => {
			const answer = await fetchJson(doFetch, '/dev/liff/id-token', {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ userId, displayName: t.mock.displayName }),
			});
			liff.$mock.set((previous) => ({
				...previous,
				isLoggedIn: true,
				getIDToken: answer.idToken,
				getProfile: { userId, displayName: t.mock.displayName },
			}));
		};
		await mint();
		return {
			mock: true,
			inClient: false,
			token: () => liff.getIDToken(),
			renew: async () => {
				try {
					await mint();
					return true;
				}
				catch {
					return false;
				}
			},
		};
	}

	if (!config.liffId) {
		throw new BootError(t.errors.init);
	}
	try {
		await liff.init({ liffId: config.liffId });
	}
	catch {
		throw new BootError(t.errors.init);
	}
	if (!liff.isLoggedIn()) {
		// outside LINE: log in with LINE in this browser, then come back to this very page
		liff.login({ redirectUri: location.href });
		return leaving();
	}
	const inClient = liff.isInClient();
	return {
		mock: false,
		inClient,
		token: () => liff.getIDToken(),
		renew: async () => {
			// inside LINE the token comes with the app's launch; only reopening renews it
			if (inClient) {
				return false;
			}
			// one new login per minute at most, so a server that keeps refusing cannot loop
			const last = Number(storage.getItem(RELOGIN_KEY) || 0);
			if (now() - last < RELOGIN_WINDOW_MS) {
				return false;
			}
			storage.setItem(RELOGIN_KEY, String(now()));
			liff.logout();
			liff.login({ redirectUri: location.href });
			return leaving();
		},
	};
}
