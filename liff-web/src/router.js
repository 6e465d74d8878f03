/*
 * History API routes under /liff/ (the server answers index.html for every one of them, so
 * a deep link or a reload lands on the same screen). A LIFF URL with a path
 * (https://liff.line.me/<id>/requests/ER-…) reaches the endpoint as ?liff.state=/requests/ER-…;
 * the SDK normally moves there during liff.init, and the router does it when it has not.
 */
export const BASE = '/liff';

const ROUTES = [
	{ name: 'services', pattern: /^\/?$/ },
	{ name: 'service', pattern: /^\/services\/([^/]+)\/?$/, params: ['code'] },
	{ name: 'requests', pattern: /^\/requests\/?$/ },
	{ name: 'request', pattern: /^\/requests\/([^/]+)\/?$/, params: ['trackingNumber'] },
	{ name: 'settings', pattern: /^\/settings\/?$/ },
];

/** The route of an address's path: `{name, params}`; `notFound` for anything else. */
export function match(pathname) {
	if (pathname !== BASE && !pathname.startsWith(BASE + '/')) {
		return { name: 'notFound', params: {} };
	}
	const rest = pathname.slice(BASE.length);
	for (const route of ROUTES) {
		const found = route.pattern.exec(rest);
		if (found) {
			const params = {};
			(route.params || []).forEach((name, i) => {
				try {
					params[name] = decodeURIComponent(found[i + 1]);
				}
				catch {
					params[name] = found[i + 1];
				}
			});
			return { name: route.name, params };
		}
	}
	return { name: 'notFound', params: {} };
}

/** The address to show for `liff.state`, or null: only paths inside the app are followed. */
export function liffStateTarget(search) {
	const state = new URLSearchParams(search).get('liff.state');
	if (!state) {
		return null;
	}
	if (state.startsWith('//') || !(state.startsWith('/') || state.startsWith('?'))) {
		return null;
	}
	const target = state.startsWith('?') ? `${BASE}/${state}` : state.startsWith(BASE + '/') ? state : BASE + state;
	// a relative address within this origin only: no scheme, no host, no backslashes
	return /^\/liff\/[^\\]*$/.test(target) && !target.includes('//') ? target : null;
}

export function path(name, params = {}) {
	const enc = encodeURIComponent;
	switch (name) {
		case 'services': return `${BASE}/`;
		case 'service': return `${BASE}/services/${enc(params.code)}`;
		case 'requests': return `${BASE}/requests`;
		case 'request': return `${BASE}/requests/${enc(params.trackingNumber)}`;
		case 'settings': return `${BASE}/settings`;
		default: throw new Error(`unknown route ${name}`);
	}
}

/**
 * Starts routing: follows liff.state, draws the current route, then every in-app link and
 * the back button. `render(route)` draws a screen; links are followed within `root`.
 */
export function startRouter({ render, win = window, root = win.document }) {
	const target = liffStateTarget(win.location.search);
	if (target) {
		win.history.replaceState(null, '', target);
	}
	const show = () => render(match(win.location.pathname));
	const navigate = (to, { replace = false } = {}) => {
		if (replace) {
			win.history.replaceState(null, '', to);
		}
		else {
			win.history.pushState(null, '', to);
		}
		show();
	};
	win.addEventListener('popstate', show);
	root.addEventListener('click', (event) => {
		if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
			return;
		}
		const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
		if (!link || link.target || link.hasAttribute('download')) {
			return;
		}
		const url = new URL(link.href, win.location.href);
		if (url.origin !== win.location.origin || match(url.pathname).name === 'notFound') {
			return;
		}
		if (url.hash && url.pathname === win.location.pathname) {
			return; // a link within the screen (the error summary's)
		}
		event.preventDefault();
		navigate(url.pathname + url.search);
	});
	show();
	return { navigate };
}
