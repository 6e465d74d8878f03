/* The /dev/line simulator: sends what you type through the real webhook and draws the bot's
 * replies and pushes (text, quick replies, Flex bubbles and carousels, locations) roughly as
 * LINE does. */
(function () {
	'use strict';
	const main = document.getElementById('main');
	const base = main.dataset.base;
	const chat = document.getElementById('sim-chat');
	const quick = document.getElementById('sim-quick');
	const form = document.getElementById('sim-form');
	const input = document.getElementById('sim-text');
	const csrf = document.querySelector('meta[name="_csrf"]').content;
	const csrfHeader = document.querySelector('meta[name="_csrf_header"]').content;
	/* The citizen is the LIFF app's mock user unless the address names another (?user=U…):
	 * what the LIFF app files in mock mode is then pushed into this chat. */
	let user = main.dataset.user;
	if (!user || !/^U[0-9a-f]{32}$/.test(user)) {
		user = 'U' + crypto.randomUUID().replace(/-/g, '');
		main.dataset.user = user;
	}
	let after = 0;

	function el(tag, cls, text) {
		const e = document.createElement(tag);
		if (cls) { e.className = cls; }
		if (text !== undefined && text !== null) { e.textContent = text; }
		return e;
	}

	function bubble(from, content) {
		const li = el('li', 'sim-msg sim-' + from);
		const who = el('span', 'sim-who', from === 'you' ? main.dataset.you : main.dataset.bot);
		li.appendChild(who);
		li.appendChild(content);
		chat.appendChild(li);
		li.scrollIntoView({ block: 'end' });
	}

	function send(kind, value, shown) {
		if (shown) { bubble('you', el('p', 'sim-text', shown)); }
		quick.replaceChildren();
		const body = new URLSearchParams({ user: user, kind: kind });
		if (value !== null && value !== undefined) { body.set('value', value); }
		const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
		headers[csrfHeader] = csrf;
		fetch(base + '/send', { method: 'POST', headers: headers, body: body, credentials: 'same-origin' })
			.then(r => { if (!r.ok) { throw new Error(r.status); } poll(100); })
			.catch(() => bubble('bot', el('p', 'sim-text sim-error', main.dataset.error)));
	}

	function act(action) {
		if (!action) { return; }
		if (action.type === 'message') { send('TEXT', action.text, action.text); }
		else if (action.type === 'postback') { send('POSTBACK', action.data, action.displayText || action.label); }
		else if (action.type === 'uri') { window.open(action.uri, '_blank', 'noopener'); }
	}

	function actionButton(action, cls) {
		const b = el('button', cls, action.label || action.text || '');
		b.type = 'button';
		if (action.type === 'postback') { b.dataset.postback = action.data; }
		b.addEventListener('click', () => act(action));
		return b;
	}

	function flex(node) {
		if (!node) { return el('span'); }
		switch (node.type) {
			case 'carousel': {
				const c = el('div', 'sim-carousel');
				node.contents.forEach(b => c.appendChild(flex(b)));
				return c;
			}
			case 'bubble': {
				const b = el('div', 'sim-bubble');
				['header', 'hero', 'body', 'footer'].forEach(part => {
					if (node[part]) { const p = flex(node[part]); p.classList.add('sim-' + part); b.appendChild(p); }
				});
				return b;
			}
			case 'box': {
				const b = el('div', 'sim-box sim-' + (node.layout || 'vertical'));
				(node.contents || []).forEach(c => b.appendChild(flex(c)));
				return b;
			}
			case 'text': {
				const t = el('p', 'sim-ftext sim-size-' + (node.size || 'md') + (node.weight === 'bold' ? ' sim-bold' : ''), node.text);
				return t;
			}
			case 'button':
				return actionButton(node.action, 'sim-fbutton sim-' + (node.style || 'link'));
			case 'image': {
				const i = el('img', 'sim-image');
				i.src = node.url;
				i.alt = '';
				return i;
			}
			case 'separator':
				return el('hr', 'sim-separator');
			default:
				return el('span');
		}
	}

	function render(message) {
		if (message.type === 'text') { return el('p', 'sim-text', message.text); }
		if (message.type === 'flex') { const f = flex(message.contents); f.setAttribute('aria-label', message.altText); return f; }
		if (message.type === 'location') {
			const a = el('a', 'sim-location', main.dataset.location + ': ' + message.title + ' — ' + message.address);
			a.href = 'https://www.openstreetmap.org/?mlat=' + message.latitude + '&mlon=' + message.longitude;
			a.target = '_blank';
			a.rel = 'noopener';
			return a;
		}
		return el('p', 'sim-text', '[' + message.type + ']');
	}

	function show(entries) {
		entries.filter(entry => entry.seq > after).forEach(entry => {
			after = Math.max(after, entry.seq);
			let quickReply = null;
			entry.messages.forEach(m => {
				bubble('bot', render(m));
				if (m.quickReply) { quickReply = m.quickReply; }
			});
			quick.replaceChildren();
			if (quickReply) {
				quickReply.items.forEach(item => quick.appendChild(actionButton(item.action, 'sim-chip')));
			}
		});
	}

	/* Polls for the bot's answer: until something new arrives (at most ~30 s), then a little more.
	 * Only the latest chain of polls runs, and each entry is shown once (by its sequence number). */
	let chain = 0;
	function poll(times) {
		const mine = ++chain;
		const step = left => {
			if (mine !== chain) { return; }
			fetch(base + '/messages?user=' + encodeURIComponent(user) + '&after=' + after, { credentials: 'same-origin' })
				.then(r => r.json())
				.then(entries => {
					const fresh = entries.filter(e => e.seq > after);
					show(fresh);
					const next = fresh.length ? Math.min(left - 1, 3) : left - 1;
					if (next > 0) { setTimeout(() => step(next), 300); }
				})
				.catch(() => { /* the next send polls again */ });
		};
		step(times);
	}

	form.addEventListener('submit', e => {
		e.preventDefault();
		const text = input.value.trim();
		if (text) { send('TEXT', text, text); input.value = ''; }
	});
	document.getElementById('sim-follow').addEventListener('click', () => send('FOLLOW', null, null));
	document.getElementById('sim-unfollow').addEventListener('click', () => send('UNFOLLOW', null, null));

	fetch(base + '/rich-menu', { credentials: 'same-origin' }).then(r => r.json()).then(menu => {
		const areas = document.getElementById('sim-menu-areas');
		menu.areas.forEach(area => {
			const b = actionButton(area.action, 'sim-area');
			b.setAttribute('aria-label', area.action.label);
			b.textContent = '';
			areas.appendChild(b);
		});
	});
	poll(1);

	/* Pushes (a request's new status, news of a chosen topic) arrive without anything typed:
	 * look for them every few seconds while the page is visible. */
	setInterval(() => {
		if (document.hidden) { return; }
		fetch(base + '/messages?user=' + encodeURIComponent(user) + '&after=' + after, { credentials: 'same-origin' })
			.then(r => r.json())
			.then(show)
			.catch(() => { /* tried again at the next tick */ });
	}, 2000);
}());
