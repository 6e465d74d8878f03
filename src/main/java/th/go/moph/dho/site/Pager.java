package th.go.moph.dho.site;

/**
 * Where a list page is: its 1-based number and how many pages there are.
 */
record Pager(int current, int total) {

	public boolean hasPrevious() {
		return this.current > 1;
	}

	public boolean hasNext() {
		return this.current < this.total;
	}

	public int previous() {
		return this.current - 1;
	}

	public int next() {
		return this.current + 1;
	}

	public boolean isNeeded() {
		return this.total > 1;
	}

}
