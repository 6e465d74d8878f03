/*
 * A tiny element builder. Text always goes in as text nodes (never as HTML), so nothing a
 * citizen or the server wrote can become markup.
 */

/**
 * h('p', {class: 'x', onclick: fn}, 'text', child, [more, children])
 * Attributes: `class`, `text`, `on<event>` (listener), booleans (set when true), `dataset`
 * (object), anything else as an attribute (skipped when null, undefined or false).
 */
export function h(tag, attributes, ...children) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes || {})) {
		if (value === null || value === undefined || value === false) {
			continue;
		}
		if (name === 'class') {
			element.className = value;
		}
		else if (name === 'text') {
			element.textContent = value;
		}
		else if (name === 'dataset') {
			Object.assign(element.dataset, value);
		}
		else if (name.startsWith('on') && typeof value === 'function') {
			element.addEventListener(name.slice(2), value);
		}
		else if (name in element && typeof value !== 'string') {
			element[name] = value;
		}
		else {
			element.setAttribute(name, value === true ? '' : String(value));
		}
	}
	append(element, children);
	return element;
}

/** Replaces `parent`'s children, with h()'s rules: arrays flattened, null and false left out. */
export function fill(parent, ...children) {
	parent.replaceChildren();
	append(parent, children);
	return parent;
}

function append(element, children) {
	for (const child of children) {
		if (child === null || child === undefined || child === false) {
			continue;
		}
		if (Array.isArray(child)) {
			append(element, child);
		}
		else if (child instanceof Node) {
			element.appendChild(child);
		}
		else {
			element.appendChild(document.createTextNode(String(child)));
		}
	}
}

/** Ids for elements, unique within the page. */
let counter = 0;
export function uid(prefix) {
	counter += 1;
	return `${prefix}-${counter}`;
}
