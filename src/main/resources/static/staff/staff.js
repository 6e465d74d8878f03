// Staff pages' script. Live Markdown preview for the staff editor: posts the text to the server, which answers
// with the same sanitised HTML the public page shows. Works with CSP (no inline script).
(function () {
	'use strict';
	function csrf() {
		var token = document.querySelector('meta[name="_csrf"]');
		var header = document.querySelector('meta[name="_csrf_header"]');
		return token && header ? { header: header.content, token: token.content } : null;
	}
	function attach(textarea) {
		var target = document.getElementById(textarea.getAttribute('data-preview'));
		if (!target) {
			return;
		}
		var timer = null;
		function refresh() {
			var headers = { 'Content-Type': 'text/plain;charset=UTF-8' };
			var c = csrf();
			if (c) {
				headers[c.header] = c.token;
			}
			fetch(textarea.getAttribute('data-preview-url'), {
				method: 'POST', headers: headers, body: textarea.value, credentials: 'same-origin'
			}).then(function (response) {
				return response.ok ? response.text() : Promise.reject(response.status);
			}).then(function (html) {
				// The server returns HTML sanitised by the same Safelist as the public pages.
				target.innerHTML = html;
			}).catch(function () { /* keep the last preview */ });
		}
		textarea.addEventListener('input', function () {
			clearTimeout(timer);
			timer = setTimeout(refresh, 400);
		});
		refresh();
	}
	// The formatting toolbar above a textarea: each button puts Markdown around the
	// selection (or a sample text from the page's bundle when nothing is selected), so
	// office staff never need to know the syntax. The toolbar stays hidden without script.
	function toolbar(bar) {
		var textarea = document.getElementById(bar.getAttribute('data-toolbar-for'));
		if (!textarea) {
			return;
		}
		function lineStart(text, index) {
			return text.lastIndexOf('\n', index - 1) + 1;
		}
		function apply(kind, sample) {
			var text = textarea.value;
			var start = textarea.selectionStart;
			var end = textarea.selectionEnd;
			var selected = text.slice(start, end);
			var before;
			var inserted;
			var pick;
			if (kind === 'bold') {
				inserted = '**' + (selected || sample) + '**';
				pick = [2, inserted.length - 2];
			}
			else if (kind === 'link') {
				inserted = '[' + (selected || sample) + '](https://)';
				pick = [inserted.length - 9, inserted.length - 1];
			}
			else if (kind === 'heading' || kind === 'list') {
				start = lineStart(text, start);
				end = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
				selected = text.slice(start, end) || sample;
				var prefix = kind === 'heading' ? '## ' : '- ';
				inserted = selected.split('\n').map(function (line) {
					return prefix + line.replace(/^(#+|-)\s+/, '');
				}).join('\n');
				pick = [prefix.length, inserted.length];
			}
			else if (kind === 'table') {
				// below the line of the selection, never instead of it
				end = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
				start = end;
				var cells = sample.split('|');
				inserted = '| ' + cells[0] + ' | ' + cells[1] + ' |\n| --- | --- |\n| ' + cells[2] + ' | ' + cells[3] + ' |\n';
				pick = [2, 2 + cells[0].length];
			}
			else {
				return;
			}
			// a heading, list or table must start on a line of its own
			before = (kind === 'table' && start > 0 && text.charAt(start - 1) !== '\n') ? '\n\n' : '';
			textarea.value = text.slice(0, start) + before + inserted + text.slice(end);
			textarea.focus();
			textarea.setSelectionRange(start + before.length + pick[0], start + before.length + pick[1]);
			textarea.dispatchEvent(new Event('input', { bubbles: true }));
		}
		bar.querySelectorAll('button[data-md]').forEach(function (button) {
			button.addEventListener('click', function () {
				apply(button.getAttribute('data-md'), button.getAttribute('data-sample') || '');
			});
		});
		bar.hidden = false;
	}
	// A form marked data-warn-unsaved asks before the page is left with changes typed
	// but not posted; posting the form itself (any of its buttons) is not leaving.
	function warnUnsaved(form) {
		var changed = false;
		function mark() {
			changed = true;
		}
		form.addEventListener('input', mark);
		form.addEventListener('change', mark);
		form.addEventListener('submit', function () {
			changed = false;
		});
		window.addEventListener('beforeunload', function (event) {
			if (changed) {
				event.preventDefault();
				// older browsers need a returnValue; they show their own text, not this one
				event.returnValue = '';
			}
		});
	}
	document.addEventListener('DOMContentLoaded', function () {
		document.querySelectorAll('textarea[data-preview]').forEach(attach);
		document.querySelectorAll('form[data-warn-unsaved]').forEach(warnUnsaved);
		document.querySelectorAll('[data-toolbar-for]').forEach(toolbar);
	});
})();
