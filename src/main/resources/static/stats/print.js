// The report's print button (no inline handlers under the content security policy).
document.addEventListener('DOMContentLoaded', function () {
	var button = document.getElementById('print-report');
	if (button) {
		button.addEventListener('click', function () { window.print(); });
	}
});
