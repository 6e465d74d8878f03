/*
 * The app: LIFF first (boot), then the shell and the routes. Nothing is drawn from the
 * server's data before liff.init has finished and the ID token is there.
 */
import { createApi } from './api.js';
import { boot } from './boot.js';
import { fill, h } from './dom.js';
import { t } from './messages.th.js';
import { path, startRouter } from './router.js';
import { errorPanel, focusHeading, heading } from './views/common.js';
import { requestView } from './views/request.js';
import { requestsView } from './views/requests.js';
import { serviceView } from './views/service.js';
import { servicesView } from './views/services.js';
import { settingsView } from './views/settings.js';

const VIEWS = {
	services: servicesView,
	service: serviceView,
	requests: requestsView,
	request: requestView,
	settings: settingsView,
};

const TITLES = {
	services: t.services.title,
	requests: t.requests.title,
	settings: t.settings.title,
};

function shell(root, session) {
	const main = h('main', { id: 'main', class: 'main' });
	const links = [['services', t.nav.services], ['requests', t.nav.requests], ['settings', t.nav.settings]]
		.map(([name, text]) => h('li', {}, h('a', { href: path(name), dataset: { route: name }, text })));
	fill(root,
		h('a', { class: 'skip-link', href: '#main', text: t.skipToContent }),
		session.mock
			? h('p', { class: 'mock-banner' }, `${t.mock.banner} `, h('a', { href: '/dev/line', target: '_blank', rel: 'noopener', text: t.mock.simulator }))
			: null,
		h('header', { class: 'app-header' },
			h('p', { class: 'app-name', text: t.appName }),
			h('nav', { 'aria-label': t.nav.label }, h('ul', { class: 'app-nav' }, links))),
		main);
	return main;
}

function markCurrent(root, name) {
	for (const link of root.querySelectorAll('.app-nav a')) {
		const current = link.dataset.route === name || (name === 'service' && link.dataset.route === 'services') || (name === 'request' && link.dataset.route === 'requests');
		if (current) {
			link.setAttribute('aria-current', 'page');
		}
		else {
			link.removeAttribute('aria-current');
		}
	}
}

/** Boots LIFF, then routes. `deps` replace the browser's parts in tests. */
export async function start(root, { liff, fetch, win = window, env } = {}) {
	root.replaceChildren(h('main', { id: 'main', class: 'main' }, h('p', { class: 'loading', role: 'status', text: t.loading })));
	let session;
	try {
		session = await boot({ liff, fetch, location: win.location, storage: win.sessionStorage });
	}
	catch (error) {
		root.replaceChildren(h('main', { id: 'main', class: 'main' }, heading(t.errors.title), errorPanel(error, () => win.location.reload())));
		return null;
	}
	const api = createApi({ token: session.token, renew: session.renew, fetch });
	let services = null;
	const main = shell(root, session);
	const ctx = {
		api,
		session,
		env: env || {
			geolocation: win.navigator.geolocation,
			createObjectURL: win.URL && win.URL.createObjectURL ? (file) => win.URL.createObjectURL(file) : null,
		},
		// the services list changes rarely: once per opening of the app, and again after a failure
		services: () => {
			if (!services) {
				services = api.services().catch((error) => {
					services = null;
					throw error;
				});
			}
			return services;
		},
		setTitle: (text) => {
			win.document.title = text === t.appName ? text : `${text} · ${t.appName}`;
		},
		navigate: null,
	};
	let first = true;
	const render = (route) => {
		const view = h('div', { class: 'view' });
		main.replaceChildren(view);
		markCurrent(root, route.name);
		ctx.setTitle(TITLES[route.name] || t.appName);
		const draw = VIEWS[route.name];
		const result = draw
			? draw(ctx, view, route.params)
			: view.replaceChildren(heading(t.errors.pageNotFound), errorPanel({ message: t.errors.pageNotFound }));
		// the new screen's heading takes the focus (not on the first screen: the page just loaded)
		if (!first) {
			focusHeading(view);
		}
		first = false;
		return result;
	};
	const router = startRouter({ render, win, root });
	ctx.navigate = router.navigate;
	return { session, api, navigate: router.navigate };
}
