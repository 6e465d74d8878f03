// Move focus to the error summary when the survey comes back with errors, so screen reader
// and keyboard users hear what to fix first.
document.addEventListener('DOMContentLoaded', function () {
	var summary = document.getElementById('error-summary');
	if (summary) {
		summary.focus();
	}
});
