package th.go.moph.dho.eservice;

/** Where a request was filed. */
public enum Channel {

	/** The LIFF app inside LINE. */
	LINE,
	/** The server-rendered forms of the website. */
	WEB

}
