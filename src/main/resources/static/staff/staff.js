// Live Markdown preview for the staff editor: posts the text to the server, which answers
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
	});
})();
