// Print buttons of the evidence print pages (no inline script: the CSP forbids it).
document.querySelectorAll('.print-button').forEach(function (button) {
	button.addEventListener('click', function () {
		window.print();
	});
});
