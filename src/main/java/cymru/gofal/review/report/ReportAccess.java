package cymru.gofal.review.report;


/**
 * Who may read a review's summary report. A published report holds no personal data (judgements, findings and
 * priorities about a council's services), so everyone who answers for or scrutinises the services may read it,
 * councillors included. Before publication the report is a draft of the review team's judgement: only the roles
 * that may run a review (reviewers, senior managers and QA officers, who build and edit reviews) read it, marked
 * as a draft; to anyone else an unpublished review's report does not exist (404).
 */
final class ReportAccess {

    static final String READ = "hasAnyRole('REVIEWER','SENIOR_MANAGER','TEAM_MANAGER','QA_OFFICER','ADMIN','COUNCILLOR')";

    private ReportAccess() {
    }
}
