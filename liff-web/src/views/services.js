/* The list of e-services: each one a large link to its form. */
import { h } from '../dom.js';
import { t } from '../messages.th.js';
import { path } from '../router.js';
import { withData } from './common.js';

export function servicesView(ctx, view) {
	return withData(view, t.services.title, () => ctx.services(), (services, body) => {
		body.append(h('p', { class: 'lead', text: t.services.intro }));
		if (!services.length) {
			body.append(h('p', { class: 'notice', text: t.services.empty }));
			return;
		}
		body.append(h('ul', { class: 'cards' }, services.map((service) => h('li', {},
			h('a', { class: 'card card-link', href: path('service', { code: service.code }) },
				h('span', { class: 'card-title', text: service.nameTh }),
				service.descriptionTh ? h('span', { class: 'card-text', text: service.descriptionTh }) : null,
				h('span', { class: 'card-meta' },
					service.targetDays ? h('span', { class: 'tag', text: t.services.targetDays(service.targetDays) }) : null,
					service.appointment ? h('span', { class: 'tag', text: t.services.appointment }) : null,
					service.anonymousAllowed ? h('span', { class: 'tag', text: t.services.anonymousAllowed }) : null,
					service.confidential ? h('span', { class: 'tag', text: t.services.confidential }) : null))))));
	});
}
