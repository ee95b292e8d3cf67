/**
 * The joint review: review frameworks as data (questions, themes, areas, rating scales), reviews of a council
 * (team, dates, status), a rating per area and an overall judgement per question, findings, and numbered
 * priorities for action with actions by audience. Public faces: {@link cymru.gofal.review.ReviewFrameworks}
 * and {@link cymru.gofal.review.Reviews}. Reads only performance's {@code IndicatorFigures}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package cymru.gofal.review;
