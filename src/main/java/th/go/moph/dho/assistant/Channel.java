package th.go.moph.dho.assistant;

/**
 * Where a question was asked.
 */
public enum Channel {

	LINE, WEB, API

}
