/* The news topics LINE sends the citizen (owned by the linebot module's API). */
import { fill, h } from '../dom.js';
import { t } from '../messages.th.js';
import { withData } from './common.js';

export function settingsView(ctx, view) {
	return withData(view, t.settings.title, () => ctx.api.subscriptions(), (answer, body) => draw(ctx, body, answer));
}

function draw(ctx, body, answer, notice) {
	const topics = answer.topics || [];
	if (!topics.length) {
		body.replaceChildren(h('p', { class: 'notice', text: t.settings.empty }));
		return;
	}
	const status = h('div');
	const save = h('button', { type: 'submit', class: 'button primary', text: t.settings.save });
	const boxes = topics.map((topic) => h('input', { type: 'checkbox', id: `topic-${topic.code}`, name: 'topics', value: topic.code, checked: Boolean(topic.subscribed) }));
	fill(body,
		h('p', { class: 'lead', text: t.settings.intro }),
		status,
		h('form', {
			novalidate: true,
			onsubmit: async (event) => {
				event.preventDefault();
				save.disabled = true;
				status.replaceChildren();
				try {
					const fresh = await ctx.api.saveSubscriptions(boxes.filter((b) => b.checked).map((b) => b.value));
					draw(ctx, body, fresh, t.settings.saved);
				}
				catch (error) {
					save.disabled = false;
					const alert = h('p', { class: 'notice error', role: 'alert', tabindex: -1, text: error.message || t.errors.server });
					status.replaceChildren(alert);
					alert.focus();
				}
			},
		},
		h('fieldset', { class: 'field' },
			h('legend', { class: 'field-label', text: t.settings.legend }),
			h('div', { class: 'choices' }, topics.map((topic, i) => h('div', { class: 'choice' }, boxes[i], h('label', { for: boxes[i].id, text: topic.labelTh }))))),
		h('div', { class: 'actions' }, save)));
	if (notice) {
		const done = h('p', { class: 'notice success', role: 'status', tabindex: -1, text: notice });
		status.replaceChildren(done);
		done.focus();
	}
}
