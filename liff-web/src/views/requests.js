/* "เรื่องของฉัน": the citizen's requests, newest first, each a link to its timeline. */
import { h } from '../dom.js';
import { t } from '../messages.th.js';
import { path } from '../router.js';
import { withData } from './common.js';

export function statusBadge(status, statusTh) {
	return h('span', { class: `status status-${String(status).toLowerCase().replace(/[^a-z_]/g, '')}`, text: statusTh });
}

export function requestsView(ctx, view) {
	return withData(view, t.requests.title, () => ctx.api.myRequests(), (requests, body) => {
		if (!requests.length) {
			body.append(h('p', { class: 'notice', text: t.requests.empty }),
				h('p', {}, h('a', { class: 'button primary', href: path('services'), text: t.requests.newRequest })));
			return;
		}
		body.append(h('ul', { class: 'cards' }, requests.map((request) => h('li', {},
			h('a', { class: 'card card-link', href: path('request', { trackingNumber: request.trackingNumber }) },
				h('span', { class: 'card-title', text: request.serviceNameTh }),
				h('span', { class: 'card-number', text: request.trackingNumber }),
				h('span', { class: 'card-meta' },
					statusBadge(request.status, request.statusTh),
					request.overdue ? h('span', { class: 'tag overdue', text: t.requests.overdue }) : null),
				h('span', { class: 'card-text', text: `${t.requests.submittedAt} ${request.submittedAtTh}` }),
				request.targetDateTh ? h('span', { class: 'card-text', text: `${t.requests.target} ${request.targetDateTh}` }) : null)))));
	});
}
