/**
 * Answers citizens' Thai questions from published content: the index, Thai normalisation,
 * synonyms, the confidence gate and the log of questions it could not answer.
 */
@org.jspecify.annotations.NullMarked
package th.go.moph.dho.assistant;
