/**
 * Assessment: assessments by type from the council's regime (adults, children, carers, specialists) with due dates
 * from the rule engine, allocation and manager sign-off, eligibility recorded per need, structured risk tools, and
 * carers' assessments offered, accepted or declined. Opens an assessment when intake accepts a referral.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package cymru.gofal.assessment;
