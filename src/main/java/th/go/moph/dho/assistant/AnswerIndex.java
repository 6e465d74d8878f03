package th.go.moph.dho.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

import th.go.moph.dho.thai.ThaiText;

/**
 * The assistant's in-memory Lucene index (one per app instance, rebuilt from the database
 * at start and kept current by publication events). Each entry is one document with word
 * fields (title, keywords + example phrasings, answer text) and character n-gram fields;
 * a question is ranked by BM25 over both, titles and example phrasings weighted above
 * answer text, and each of the best candidates gets an evidence figure (0..1): how much
 * of the question, weighted by rarity, the entry actually contains.
 */
final class AnswerIndex implements AutoCloseable {

	private static final String ID = "id";

	private static final String TITLE = "title";

	private static final String HEAD = "head";

	private static final String BODY = "body";

	private static final String TITLE_NG = "title_ng";

	private static final String HEAD_NG = "head_ng";

	private static final String BODY_NG = "body_ng";

	/** How much a word in each field counts, relative to the answer text. */
	private static final float TITLE_BOOST = 3f;

	private static final float HEAD_BOOST = 2.5f;

	private static final float BODY_BOOST = 1f;

	/** How much the n-gram part counts beside the word part. */
	private static final float NGRAM_WEIGHT = 0.35f;

	private static final int CANDIDATES = 10;

	/** Most synonyms of one question term searched (those some entry may contain). */
	private static final int MAX_ALTERNATIVES = 12;

	/** Most n-grams put in the query (the question's own first). */
	private static final int MAX_GRAM_CLAUSES = 120;

	/**
	 * Evidence found only in the answer text counts this much of evidence in the title,
	 * keywords or phrasings.
	 */
	private static final double BODY_CREDIT = 0.6;

	/**
	 * Weight of the relative BM25 score beside the evidence when the candidates are
	 * ranked.
	 */
	private static final double BM25_WEIGHT = 0.4;

	/** Most content words of a question judged by its words alone when all are found. */
	private static final int SHORT_QUESTION = 2;

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Map<Long, Doc> docs = new ConcurrentHashMap<>();

	/**
	 * Document frequency of every word and n-gram over all entries, for the evidence
	 * weights.
	 */
	private volatile Map<String, Integer> wordDf = Map.of();

	private volatile Map<String, Integer> gramDf = Map.of();

	private volatile SynonymTable synonyms = SynonymTable.EMPTY;

	AnswerIndex() {
		Analyzer ws = new WhitespaceAnalyzer();
		Analyzer analyzer = new PerFieldAnalyzerWrapper(ThaiAnalysis.wordAnalyzer(),
				Map.of(TITLE_NG, ws, HEAD_NG, ws, BODY_NG, ws));
		try {
			this.writer = new IndexWriter(this.directory, new IndexWriterConfig(analyzer));
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One entry as the index sees it.
	 *
	 * @param itemId the content item
	 * @param slug its slug, or its id as text
	 * @param title its title
	 * @param path its path on the public site
	 * @param keywords FAQ keywords
	 * @param questions FAQ example phrasings
	 * @param body answer text (plain), summary and steps
	 */
	record Entry(long itemId, String slug, String title, String path, List<String> keywords, List<String> questions,
			String body) {
	}

	/**
	 * A candidate answer: its rank score (evidence plus the BM25 score relative to the
	 * best hit's), its evidence (0..1) and the parts of that evidence.
	 */
	record Candidate(Entry entry, double score, double evidence, Evidence parts) {
	}

	/**
	 * The parts of the evidence: rarity-weighted words and n-grams of the question found
	 * in the entry, and how many of the question's content words (a synonym run counts as
	 * one) there are and how many of them the entry contains.
	 */
	record Evidence(double wordFound, double wordTotal, double gramFound, double gramTotal, int contentWords,
			int contentWordsFound) {

		Evidence(double wordFound, double wordTotal, double gramFound, double gramTotal) {
			this(wordFound, wordTotal, gramFound, gramTotal, 0, 0);
		}

	}

	/**
	 * The candidates for a question and its content words.
	 *
	 * @param candidates best first
	 * @param words the question's content words (a synonym run counts as one), each with
	 * whether some entry knows it
	 */
	record Ranking(List<Candidate> candidates, List<KnownWord> words) {

		/**
		 * The share of the content words, other than these, that the office knows; 1 when
		 * there are none.
		 */
		double knownShare(Set<String> except) {
			int total = 0;
			int known = 0;
			for (KnownWord w : this.words) {
				if (except.containsAll(w.words())) {
					continue;
				}
				total++;
				known += w.known() ? 1 : 0;
			}
			return total == 0 ? 1 : (double) known / total;
		}

		/** Whether any content word is left once these are set aside. */
		boolean hasContentBesides(Set<String> except) {
			return this.words.stream().anyMatch(w -> !except.containsAll(w.words()));
		}

	}

	/** A content word (or synonym run) of a question and whether the office knows it. */
	record KnownWord(List<String> words, boolean known) {
	}

	private record Doc(Entry entry, Set<String> words, Set<String> grams, String compact, Set<String> headWords,
			Set<String> headGrams, String headCompact) {
	}

	void useSynonyms(SynonymTable table) {
		this.synonyms = table;
	}

	SynonymTable synonyms() {
		return this.synonyms;
	}

	int size() {
		return this.docs.size();
	}

	/** Replaces the whole index with these entries. */
	synchronized void replaceAll(Collection<Entry> entries) {
		try {
			this.writer.deleteAll();
			this.docs.clear();
			for (Entry entry : entries) {
				add(entry);
			}
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds an entry or replaces the one with its item id. */
	synchronized void put(Entry entry) {
		try {
			this.writer.deleteDocuments(new Term(ID, Long.toString(entry.itemId())));
			add(entry);
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes the entry of an item, if indexed. */
	synchronized void remove(long itemId) {
		try {
			this.writer.deleteDocuments(new Term(ID, Long.toString(itemId)));
			this.docs.remove(itemId);
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void add(Entry entry) throws IOException {
		String title = ThaiText.normalize(entry.title());
		String head = ThaiText
			.normalize(String.join("\n", entry.keywords()) + "\n" + String.join("\n", entry.questions()));
		String body = ThaiText.normalize(entry.body());
		Document doc = new Document();
		doc.add(new StringField(ID, Long.toString(entry.itemId()), Field.Store.YES));
		doc.add(new TextField(TITLE, title, Field.Store.NO));
		doc.add(new TextField(HEAD, head, Field.Store.NO));
		doc.add(new TextField(BODY, body, Field.Store.NO));
		doc.add(new TextField(TITLE_NG, String.join(" ", ThaiAnalysis.ngrams(title)), Field.Store.NO));
		doc.add(new TextField(HEAD_NG, String.join(" ", ThaiAnalysis.ngrams(head)), Field.Store.NO));
		doc.add(new TextField(BODY_NG, String.join(" ", ThaiAnalysis.ngrams(body)), Field.Store.NO));
		this.writer.addDocument(doc);
		Set<String> words = new HashSet<>();
		words.addAll(ThaiAnalysis.words(title));
		words.addAll(ThaiAnalysis.words(head));
		words.addAll(ThaiAnalysis.words(body));
		Set<String> grams = new HashSet<>();
		grams.addAll(ThaiAnalysis.ngrams(title));
		grams.addAll(ThaiAnalysis.ngrams(head));
		grams.addAll(ThaiAnalysis.ngrams(body));
		Set<String> headWords = new HashSet<>(ThaiAnalysis.words(title));
		headWords.addAll(ThaiAnalysis.words(head));
		Set<String> headGrams = new HashSet<>(ThaiAnalysis.ngrams(title));
		headGrams.addAll(ThaiAnalysis.ngrams(head));
		this.docs.put(entry.itemId(),
				new Doc(entry, Set.copyOf(words), Set.copyOf(grams), compact(title + " " + head + " " + body),
						Set.copyOf(headWords), Set.copyOf(headGrams), compact(title + " " + head)));
	}

	private void commit() throws IOException {
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
		Map<String, Integer> wdf = new HashMap<>();
		Map<String, Integer> gdf = new HashMap<>();
		for (Doc doc : this.docs.values()) {
			doc.words().forEach(w -> wdf.merge(w, 1, Integer::sum));
			doc.grams().forEach(g -> gdf.merge(g, 1, Integer::sum));
		}
		this.wordDf = wdf;
		this.gramDf = gdf;
	}

	/** The best candidates for a normalised question, best first (at most ten). */
	List<Candidate> search(String normalizedQuestion) {
		return rank(normalizedQuestion).candidates();
	}

	/**
	 * The best candidates for a normalised question, best first (at most ten), and which
	 * of the question's content words the office's entries know.
	 */
	Ranking rank(String normalizedQuestion) {
		List<String> words = this.synonyms.recut(ThaiAnalysis.words(normalizedQuestion), this.wordDf::containsKey);
		List<SynonymTable.Term> terms = this.synonyms.expand(words).stream().map(this::withinIndex).toList();
		Set<String> grams = ThaiAnalysis.contentNgrams(normalizedQuestion);
		if (terms.isEmpty() && grams.isEmpty()) {
			return new Ranking(List.of(), List.of());
		}
		List<Candidate> candidates = candidates(terms, grams);
		return new Ranking(candidates, vocabulary(terms, candidates));
	}

	/**
	 * Each content word of the question (question words and light verbs left out) and
	 * whether the office's vocabulary knows it: some entry contains it or one of its
	 * synonyms, as a word or (four Thai letters or more) inside a longer one.
	 */
	private List<KnownWord> vocabulary(List<SynonymTable.Term> terms, List<Candidate> candidates) {
		List<KnownWord> out = new ArrayList<>();
		for (SynonymTable.Term term : terms) {
			if (term.weak()) {
				continue;
			}
			boolean known = false;
			for (List<String> form : term.alternatives()) {
				if (form.stream().allMatch(this.wordDf::containsKey)) {
					known = true;
					break;
				}
				String joined = String.join("", form);
				if (joined.length() >= 4 && isThaiWord(joined)) {
					for (Candidate c : candidates) {
						Doc doc = this.docs.get(c.entry().itemId());
						if (doc != null && doc.compact().contains(joined)) {
							known = true;
							break;
						}
					}
				}
				if (known) {
					break;
				}
			}
			out.add(new KnownWord(term.original(), known));
		}
		return out;
	}

	/**
	 * A term with only the synonyms that some entry may contain (its words are indexed,
	 * or its trigrams all occur): a lexicon of hundreds of concepts must not make the
	 * query huge with forms no entry uses.
	 */
	private SynonymTable.Term withinIndex(SynonymTable.Term term) {
		if (term.alternatives().size() == 1) {
			return term;
		}
		List<List<String>> kept = new ArrayList<>();
		kept.add(term.original());
		for (List<String> form : term.alternatives().subList(1, term.alternatives().size())) {
			if (form.stream().allMatch(this.wordDf::containsKey) || gramsIndexed(String.join("", form))) {
				kept.add(form);
			}
			if (kept.size() > MAX_ALTERNATIVES) {
				break;
			}
		}
		return new SynonymTable.Term(term.original(), List.copyOf(kept));
	}

	private boolean gramsIndexed(String joined) {
		Set<String> grams = ThaiAnalysis.ngrams(joined);
		grams.removeIf(g -> g.length() != 3);
		return !grams.isEmpty() && grams.stream().allMatch(this.gramDf::containsKey);
	}

	private List<Candidate> candidates(List<SynonymTable.Term> terms, Set<String> grams) {
		Query query = query(terms, grams);
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				TopDocs top = searcher.search(query, CANDIDATES);
				List<Candidate> out = new ArrayList<>(top.scoreDocs.length);
				double best = top.scoreDocs.length == 0 ? 1 : Math.max(1e-9, top.scoreDocs[0].score);
				for (ScoreDoc hit : top.scoreDocs) {
					String id = searcher.storedFields().document(hit.doc).get(ID);
					Doc doc = this.docs.get(Long.parseLong(id));
					if (doc != null) {
						Evidence e = evidence(doc, terms, grams);
						double evidence = combine(e);
						out.add(new Candidate(doc.entry(), evidence + BM25_WEIGHT * hit.score / best, evidence, e));
					}
				}
				out.sort(java.util.Comparator.comparingDouble(Candidate::score).reversed());
				return out;
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Query query(List<SynonymTable.Term> terms, Set<String> grams) {
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		for (SynonymTable.Term term : terms) {
			List<Query> alternatives = new ArrayList<>();
			// a word the entries use is searched with its one-word synonyms; a word they
			// do
			// not use (English, a transliteration, an everyday form) with all of them
			boolean known = term.original().stream().allMatch(this.wordDf::containsKey);
			for (List<String> form : term.alternatives()) {
				if (known && form.size() > 1 && form != term.alternatives().get(0)) {
					continue; // its longer synonyms count in the evidence only
				}
				BooleanQuery.Builder fields = new BooleanQuery.Builder();
				fields.add(new BoostQuery(fieldQuery(TITLE, form), TITLE_BOOST), Occur.SHOULD);
				fields.add(new BoostQuery(fieldQuery(HEAD, form), HEAD_BOOST), Occur.SHOULD);
				fields.add(new BoostQuery(fieldQuery(BODY, form), BODY_BOOST), Occur.SHOULD);
				alternatives.add(fields.build());
			}
			Query q = alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0.1f);
			words.add(term.weak() ? new BoostQuery(q, 0.3f) : q, Occur.SHOULD);
		}
		BooleanQuery.Builder ngrams = new BooleanQuery.Builder();
		boolean hasTrigrams = grams.stream().anyMatch(g -> g.length() == 3);
		int clauses = 0;
		for (String gram : grams) {
			if (hasTrigrams && gram.length() == 2) {
				continue; // bigrams only when the question has no longer run: trigrams
							// rank well enough
			}
			if (++clauses > MAX_GRAM_CLAUSES) {
				break;
			}
			ngrams.add(new BoostQuery(new TermQuery(new Term(TITLE_NG, gram)), TITLE_BOOST), Occur.SHOULD);
			ngrams.add(new BoostQuery(new TermQuery(new Term(HEAD_NG, gram)), HEAD_BOOST), Occur.SHOULD);
			ngrams.add(new BoostQuery(new TermQuery(new Term(BODY_NG, gram)), BODY_BOOST), Occur.SHOULD);
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		all.add(words.build(), Occur.SHOULD);
		all.add(new BoostQuery(ngrams.build(), NGRAM_WEIGHT), Occur.SHOULD);
		return all.build();
	}

	private static Query fieldQuery(String field, List<String> form) {
		if (form.size() == 1) {
			return new TermQuery(new Term(field, form.get(0)));
		}
		return new PhraseQuery(1, field, form.toArray(String[]::new));
	}

	/**
	 * How much of the question the entry contains, weighted by rarity: the question's
	 * words (a synonym counts; a word of four letters or more also counts when the entry
	 * contains it inside a longer word) and its n-grams. Question words and light verbs
	 * are not evidence.
	 */
	private Evidence evidence(Doc doc, List<SynonymTable.Term> terms, Set<String> grams) {
		int n = Math.max(1, this.docs.size());
		double wordTotal = 0;
		double wordFound = 0;
		int contentWords = 0;
		int contentWordsFound = 0;
		// the n-grams of a word the entry contains through a synonym (สโตรก found as
		// หลอดเลือดสมอง) are explained: they are not held against the entry
		Set<String> explained = new HashSet<>();
		for (SynonymTable.Term term : terms) {
			if (term.weak()) {
				continue;
			}
			contentWords++;
			int df = 0;
			double credit = 0;
			boolean bySynonym = false;
			for (List<String> form : term.alternatives()) {
				int formDf = Integer.MAX_VALUE;
				for (String w : form) {
					formDf = Math.min(formDf, this.wordDf.getOrDefault(w, 0));
				}
				df = Math.max(df, formDf);
				String joined = String.join("", form);
				boolean containable = joined.length() >= 4 && isThaiWord(joined);
				boolean synonym = form != term.alternatives().get(0);
				if (doc.headWords().containsAll(form) || (containable && doc.headCompact().contains(joined))) {
					credit = 1;
					bySynonym |= synonym;
				}
				else if (doc.words().containsAll(form) || (containable && doc.compact().contains(joined))) {
					credit = Math.max(credit, BODY_CREDIT);
					bySynonym |= synonym;
				}
			}
			if (bySynonym) {
				explained.addAll(ThaiAnalysis.ngrams(String.join("", term.original())));
			}
			double idf = idf(df, n);
			wordTotal += idf;
			wordFound += credit * idf;
			contentWordsFound += credit > 0 ? 1 : 0;
		}
		double gramTotal = 0;
		double gramFound = 0;
		for (String gram : grams) {
			if (explained.contains(gram) && !doc.grams().contains(gram)) {
				continue;
			}
			double idf = idf(this.gramDf.getOrDefault(gram, 0), n);
			gramTotal += idf;
			if (doc.headGrams().contains(gram)) {
				gramFound += idf;
			}
			else if (doc.grams().contains(gram)) {
				gramFound += BODY_CREDIT * idf;
			}
		}
		return new Evidence(wordFound, wordTotal, gramFound, gramTotal, contentWords, contentWordsFound);
	}

	/**
	 * The evidence figure: the mean of the word share and the n-gram share. A short
	 * question (at most {@link #SHORT_QUESTION} content words) whose content words the
	 * entry all contains, itself or through a synonym, is judged by its words alone: its
	 * few n-grams are mostly those of an everyday form or an abbreviation (สโตรก, ผอ.)
	 * that the entry words formally, so they would sink a question the words fully
	 * answer.
	 */
	static double combine(Evidence e) {
		double wordShare = e.wordTotal() == 0 ? 0 : e.wordFound() / e.wordTotal();
		double gramShare = e.gramTotal() == 0 ? 0 : e.gramFound() / e.gramTotal();
		if (e.wordTotal() == 0) {
			return gramShare;
		}
		double mean = (wordShare + gramShare) / 2;
		if (e.contentWords() > 0 && e.contentWords() <= SHORT_QUESTION && e.contentWordsFound() == e.contentWords()) {
			return Math.max(mean, wordShare);
		}
		return mean;
	}

	private static boolean isThaiWord(String s) {
		return s.chars().allMatch(c -> ThaiText.isThai((char) c));
	}

	/**
	 * The text without spaces and tone-insensitive parts left as they are, for
	 * containment tests.
	 */
	private static String compact(String normalized) {
		return normalized.replace(" ", "").replace("\n", "");
	}

	private static double idf(int df, int n) {
		return Math.log(1 + (n - df + 0.5) / (df + 0.5));
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

}
