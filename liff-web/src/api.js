/*
 * The JSON API of LIFF-API.md. Every call carries the raw LINE ID token as a bearer token; the
 * server verifies it with LINE and never takes the citizen's identity from anything else.
 * On 401 the session renews the token once (a new login, or a new token from the local
 * simulator) and the call is repeated once; a second 401 is the Thai error.
 */
import { t } from './messages.th.js';

/** A failed call: `message` is Thai and ready to show; `fieldErrors` maps field keys to Thai. */
export class ApiError extends Error {

	constructor(status, message, fieldErrors = {}) {
		super(message);
		this.name = 'ApiError';
		this.status = status;
		this.fieldErrors = fieldErrors;
	}

}

function fallbackMessage(status) {
	switch (status) {
		case 400: return t.errors.badRequest;
		case 401: return t.errors.unauthorized;
		case 404: return t.errors.notFound;
		case 409: return t.errors.conflict;
		case 413: return t.errors.tooLarge;
		default: return t.errors.server;
	}
}

async function errorFrom(response) {
	let body = null;
	try {
		body = await response.json();
	}
	catch {
		// not JSON (a proxy's error page): the status says enough
	}
	// the API's errors are {"error": "<Thai>"}; Spring's own error body (a path with no
	// handler) has an English reason phrase in `error`, which is not shown
	const ours = body && typeof body.error === 'string' && body.error && !('timestamp' in body && 'path' in body);
	const message = ours ? body.error : fallbackMessage(response.status);
	const fieldErrors = body && body.fieldErrors && typeof body.fieldErrors === 'object' ? body.fieldErrors : {};
	return new ApiError(response.status, message, fieldErrors);
}

/**
 * @param {object} options
 * @param {() => (string|null)} options.token the current raw ID token
 * @param {() => Promise<boolean>} options.renew gets a new token; false when it cannot (the
 *   error is then shown), never resolves when it navigates away to log in
 * @param {typeof fetch} [options.fetch]
 */
export function createApi({ token, renew, fetch: doFetch = (...args) => globalThis.fetch(...args) }) {

	async function send(method, path, { json, form, auth = true } = {}) {
		const attempt = async () => {
			const headers = { Accept: 'application/json' };
			let body;
			if (json !== undefined) {
				headers['Content-Type'] = 'application/json';
				body = JSON.stringify(json);
			}
			else if (form !== undefined) {
				body = form; // the browser sets multipart/form-data with its boundary
			}
			if (auth) {
				const idToken = token();
				if (idToken) {
					headers.Authorization = `Bearer ${idToken}`;
				}
			}
			try {
				return await doFetch(path, { method, headers, body, credentials: 'same-origin' });
			}
			catch {
				throw new ApiError(0, t.errors.network);
			}
		};
		let response = await attempt();
		if (response.status === 401 && auth && (await renew())) {
			response = await attempt();
		}
		if (!response.ok) {
			throw await errorFrom(response);
		}
		if (response.status === 204) {
			return null;
		}
		try {
			return await response.json();
		}
		catch {
			throw new ApiError(response.status, t.errors.server);
		}
	}

	const enc = encodeURIComponent;
	return {
		send,
		services: () => send('GET', '/api/eservice/services', { auth: false }),
		slots: (code) => send('GET', `/api/eservice/services/${enc(code)}/slots`, { auth: false }),
		submit: (form) => send('POST', '/api/eservice/requests', { form }),
		myRequests: () => send('GET', '/api/eservice/my/requests'),
		myRequest: (number) => send('GET', `/api/eservice/my/requests/${enc(number)}`),
		addInformation: (number, form) => send('POST', `/api/eservice/my/requests/${enc(number)}/information`, { form }),
		withdraw: (number, reason) => send('POST', `/api/eservice/my/requests/${enc(number)}/withdraw`, { json: { reason } }),
		subscriptions: () => send('GET', '/api/liff/subscriptions'),
		saveSubscriptions: (topics) => send('PUT', '/api/liff/subscriptions', { json: { topics } }),
	};
}
