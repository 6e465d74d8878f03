// Folds the main menu behind a button on small screens. Without this script the menu is
// simply always open, so the site works without JavaScript.
(function () {
	'use strict';
	var root = document.documentElement;
	root.classList.add('js');
	document.addEventListener('DOMContentLoaded', function () {
		var button = document.querySelector('.menu-toggle');
		var menu = document.getElementById('site-menu');
		if (!button || !menu) {
			return;
		}
		menu.classList.add('is-collapsed');
		button.hidden = false;
		button.addEventListener('click', function () {
			var open = button.getAttribute('aria-expanded') === 'true';
			button.setAttribute('aria-expanded', String(!open));
			menu.classList.toggle('is-collapsed', open);
		});
		document.addEventListener('keydown', function (event) {
			if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
				button.setAttribute('aria-expanded', 'false');
				menu.classList.add('is-collapsed');
				button.focus();
			}
		});
	});
})();
