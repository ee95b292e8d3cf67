/**
 * The joint review's evidence (issue 7 points 3, 4 and 9): evidence items tagged to areas (indicator values frozen
 * with target and benchmark, case files read, interview and focus group notes, survey results, documents), case
 * sampling for reviewers (which gives them need-to-know of the sampled people), suggested ratings by a stated rule,
 * and self-assessments from live data with what moved since the previous review (the demo council gets one
 * after it is loaded: {@link cymru.gofal.review.evidence.DemoSelfAssessment}).
 */
package cymru.gofal.review.evidence;
