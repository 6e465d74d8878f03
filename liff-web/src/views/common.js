/* Pieces every screen uses: its heading (which takes the focus), loading and error panels. */
import { h } from '../dom.js';
import { t } from '../messages.th.js';
import { path } from '../router.js';

/** The screen's heading; the app focuses it when the screen changes. */
export function heading(text) {
	return h('h1', { class: 'page-title', tabindex: -1, text });
}

export function focusHeading(view) {
	const title = view.querySelector('h1');
	if (title) {
		title.focus();
	}
}

export function loading() {
	return h('p', { class: 'loading', role: 'status', text: t.loading });
}

/** A failed load: the Thai message and a button that tries again. */
export function errorPanel(error, retry) {
	const message = error && error.message ? error.message : t.errors.server;
	return h('div', { class: 'notice error', role: 'alert', tabindex: -1 },
		h('p', { text: message }),
		retry ? h('button', { type: 'button', class: 'button secondary', text: t.errors.retry, onclick: retry }) : null,
		h('p', {}, h('a', { href: path('services'), text: t.errors.backHome })));
}

/**
 * Fills `view` with a screen whose data loads first: its heading at once (it keeps the
 * focus), then loading, then `draw(data, body, title)` or the error with a retry button.
 */
export async function withData(view, titleText, load, draw) {
	const title = heading(titleText);
	const body = h('div', { class: 'page-body' });
	view.replaceChildren(title, body);
	const run = async () => {
		body.replaceChildren(loading());
		view.setAttribute('aria-busy', 'true');
		try {
			const data = await load();
			body.replaceChildren();
			draw(data, body, title);
		}
		catch (error) {
			body.replaceChildren(errorPanel(error, run));
		}
		finally {
			view.removeAttribute('aria-busy');
		}
	};
	await run();
}
