// e-Service forms: move focus to the error summary so screen reader and keyboard users hear
// what to fix first; the print button of the confirmation page.
document.addEventListener('DOMContentLoaded', function () {
	var summary = document.getElementById('error-summary');
	if (summary) {
		summary.focus();
	}
	var print = document.getElementById('print-receipt');
	if (print) {
		print.addEventListener('click', function () {
			window.print();
		});
	}
});
