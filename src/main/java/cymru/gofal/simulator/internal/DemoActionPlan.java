package cymru.gofal.simulator.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.Dates;

/**
 * Gives the 2007 joint review of Merthyr Tydfil (review.load_key MERTHYR_2007) a plausible action plan, as the review
 * module's action plan pages would write it (tables of V23): lines for the priorities' actions, owned by posts and,
 * where the demo users exist, by the demo senior and team managers; due 2007-2009; some linked to indicators with a
 * target; most complete, some still in progress (so overdue today), one dropped; and dated progress updates. The
 * plan is invented for the demo (the seed report has no action plan). Fixed data: the same rows on every load.
 * Idempotent: nothing is written when the review is absent or already has plan lines.
 */
@Component
public class DemoActionPlan {

    /** One line: the priority's number, the action's ordinal within it, then the line itself. */
    private record Line(int priority, int action, String description, String owner, LocalDate due, String measure,
            String indicator, String target, String status, String doneOrWhy, List<Update> updates) {
    }

    private record Update(LocalDate on, String text, String document, String statusTo) {
    }

    private static final String DIRECTOR = "Director of Social Services";
    private static final String CHILDREN = "Head of Children's Services";
    private static final String ADULTS = "Head of Adult Services";
    private static final String QA = "Principal Officer, Quality Assurance";
    private static final String WORKFORCE = "Workforce Development Manager";
    private static final String COMMISSIONING = "Head of Strategic Planning and Commissioning";
    private static final String FINANCE = "Chief Finance Officer";

    private static final List<Line> LINES = List.of(
            new Line(1, 1, "Fund and fill additional qualified social worker posts in the children's intake and assessment team", DIRECTOR,
                    d("2008-03-31"), "All complex cases held by qualified, experienced social workers", "SCC/007a", "95.0", "COMPLETE", "2008-03-14",
                    List.of(new Update(d("2007-09-28"), "Three posts approved by Cabinet; recruitment under way.", "Cabinet report: social work establishment", "IN_PROGRESS"),
                            new Update(d("2008-03-14"), "All posts filled; caseloads re-weighted by complexity.", null, "COMPLETE"))),
            new Line(1, 2, "Adopt a quality assurance framework combining file audits, management reviews, surveys and complaints", QA,
                    d("2007-12-31"), "Framework agreed and quarterly QA report to the senior management team", null, null, "COMPLETE", "2007-12-07",
                    List.of(new Update(d("2007-12-07"), "Framework agreed; first quarterly report presented.", "Quality Assurance Framework 2007", "COMPLETE"))),
            new Line(1, 3, "Allocate every case by a written rule matching complexity to experience and skills", "team.manager",
                    d("2008-06-30"), "Monthly audit shows no complex case held by an unqualified worker", "SCC/007a", "95.0", "COMPLETE", "2008-06-20",
                    List.of(new Update(d("2008-01-15"), "Allocation rule drafted with team managers.", null, "IN_PROGRESS"),
                            new Update(d("2008-06-20"), "Rule in use in all teams; audit clean for three months.", "Service Manager Review, June 2008", "COMPLETE"))),
            new Line(1, 4, "Introduce a standard risk assessment tool in individual cases", CHILDREN,
                    d("2008-09-30"), "Risk assessment recorded on every open child protection and complex adult case", null, null, "COMPLETE", "2008-10-10",
                    List.of(new Update(d("2008-10-10"), "Tool in use; case file audit found it on 92% of files.", "Case file audit report, autumn 2008", "COMPLETE"))),
            new Line(1, 7, "Complete core assessments within 35 working days, children with a disability included", CHILDREN,
                    d("2008-03-31"), "Core assessments on time", "SCC/009", "75.0", "COMPLETE", "2008-04-30",
                    List.of(new Update(d("2008-04-30"), "Year-end figure above target.", "Quarterly Business Review, Q4 2007-08", "COMPLETE"))),
            new Line(1, 9, "Hold adults' reviews regularly and on time", "senior.manager",
                    d("2008-03-31"), "Reviews due that were held", "SCA/007", "85.0", "IN_PROGRESS", null,
                    List.of(new Update(d("2007-10-31"), "Review officer post created; backlog list drawn up.", null, "IN_PROGRESS"),
                            new Update(d("2009-01-30"), "Backlog down by half; on-time reviews still below target.", "Quarterly Business Review, Q3 2008-09", null))),
            new Line(1, 10, "Offer and complete carers' assessments to standard", ADULTS,
                    d("2008-09-30"), "Carers offered an assessment who were assessed", "SCA/018b", "70.0", "COMPLETE", "2008-09-26",
                    List.of(new Update(d("2008-09-26"), "Carers' assessment form revised; target met in Q2.", null, "COMPLETE"))),
            new Line(1, 11, "Involve service users in their own care plans and record what matters to them", ADULTS,
                    d("2009-03-31"), "Satisfaction survey: most users feel in control of their support", null, null, "IN_PROGRESS", null,
                    List.of(new Update(d("2008-11-20"), "Survey questions agreed with user groups.", "Service user satisfaction survey 2008", "IN_PROGRESS"))),
            new Line(2, 3, "Produce a needs analysis for each client group to base service plans on", COMMISSIONING,
                    d("2008-06-30"), "Needs analyses published for older people, learning disability and mental health", null, null, "COMPLETE", "2008-07-18",
                    List.of(new Update(d("2008-07-18"), "Three analyses published.", "Key Strategic Plans 2008", "COMPLETE"))),
            new Line(2, 5, "Follow up people turned aside by eligibility criteria, and signpost lower-level needs", ADULTS,
                    d("2008-03-31"), "Needs met otherwise recorded for everyone not eligible", "LOC/AD-MET-OTHERWISE", null, "COMPLETE", "2008-02-29",
                    List.of(new Update(d("2008-02-29"), "Outcome recorded at screening from February.", null, "COMPLETE"))),
            new Line(2, 8, "Write commissioning strategies with purchasing and investment plans", COMMISSIONING,
                    d("2008-12-31"), "Commissioning strategies for older people and learning disability agreed", "LOC/UNMET-RECORDED", null, "COMPLETE", "2009-02-27",
                    List.of(new Update(d("2008-06-30"), "Older people's strategy out for consultation.", null, "IN_PROGRESS"),
                            new Update(d("2009-02-27"), "Both strategies agreed by Cabinet.", "Commissioning Strategy for Older People 2009-2012", "COMPLETE"))),
            new Line(2, 10, "Implement a placement strategy for looked after children", CHILDREN,
                    d("2008-09-30"), "Fewer placements out of county; placement budget within limits", "SCC/016", "90.0", "IN_PROGRESS", null,
                    List.of(new Update(d("2008-03-31"), "Strategy agreed; in-house foster carer recruitment campaign started.", "Placement Strategy 2008", "IN_PROGRESS"))),
            new Line(2, 11, "Promote direct payments with a support service for recipients", ADULTS,
                    d("2008-03-31"), "Twice as many people receiving direct payments", null, null, "COMPLETE", "2008-03-28",
                    List.of(new Update(d("2008-03-28"), "Support service commissioned; numbers doubled.", null, "COMPLETE"))),
            new Line(3, 2, "Set a three-year financial plan for social services", FINANCE,
                    d("2007-12-31"), "Medium-term financial plan approved with the budget", null, null, "COMPLETE", "2008-02-21",
                    List.of(new Update(d("2008-02-21"), "Approved by Council with the 2008-09 budget.", "Medium Term Financial Plan 2008-2011", "COMPLETE"))),
            new Line(3, 4, "Identify the capital investment social services need", DIRECTOR,
                    d("2008-03-31"), "Capital bids in the council's capital programme", null, null, "DROPPED",
                    "Folded into the council-wide asset management plan", List.of()),
            new Line(3, 5, "Write service and team business plans linked to the scorecard", "senior.manager",
                    d("2007-09-30"), "Every team has a business plan reviewed each quarter", null, null, "COMPLETE", "2007-09-28",
                    List.of(new Update(d("2007-09-28"), "All team plans in place.", "Business Planning Scorecard 2007-08", "COMPLETE"))),
            new Line(3, 6, "Agree service level agreements for internally provided services", WORKFORCE,
                    d("2009-03-31"), "SLAs signed for home care, day services and residential care", null, null, "IN_PROGRESS", null,
                    List.of(new Update(d("2008-10-01"), "Home care SLA signed; day services in draft.", null, "IN_PROGRESS"))));

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final AuditLog audit;

    DemoActionPlan(JdbcClient jdbc, PlatformTransactionManager transactions, AuditLog audit) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
    }

    /** Writes the plan once; answers the number of lines written (0: no 2007 review, or it has a plan already). */
    public int load() {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("simulator", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(system);
        try {
            return tx.execute(s -> write());
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    private int write() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('review-plan-demo:MERTHYR_2007'))").query().listOfRows();
        Optional<long[]> review = jdbc.sql("SELECT id, authority_id FROM review WHERE load_key = 'MERTHYR_2007'")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
        if (review.isEmpty() || jdbc.sql("SELECT count(*) FROM review_plan_line WHERE review_id = :r")
                .param("r", review.get()[0]).query(Long.class).single() > 0) {
            return 0;
        }
        long id = review.get()[0];
        long authority = review.get()[1];
        for (Line l : LINES) {
            long action = jdbc.sql("""
                    SELECT a.id FROM review_action a JOIN review_priority p ON p.id = a.priority_id
                     WHERE p.review_id = :r AND p.number = :n AND a.ordinal = :o""").param("r", id).param("n", l.priority())
                    .param("o", l.action()).query(Long.class).single();
            Optional<Object[]> user = jdbc.sql("SELECT id, username, display_name FROM app_user WHERE username = :u AND authority_id = :a")
                    .param("u", l.owner()).param("a", authority).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                    .optional();
            String ownerName = user.map(u -> (String) u[2]).orElse(l.owner().contains(".") ? DIRECTOR : l.owner());
            boolean dropped = l.status().equals("DROPPED");
            long line = jdbc.sql("""
                    INSERT INTO review_plan_line (authority_id, review_id, action_id, description, owner_user_id, owner_username,
                           owner_name, due_on, measure, indicator_code, target_value, status, dropped_reason, completed_on,
                           created_by, created_at)
                    VALUES (:a, :r, :action, :d, :uid, :uname, :owner, :due, :m, :i, :t, :s, :why, :done, 'simulator', :at)
                    RETURNING id""").param("a", authority).param("r", id).param("action", action).param("d", l.description())
                    .param("uid", user.map(u -> u[0]).orElse(null)).param("uname", user.map(u -> u[1]).orElse(null))
                    .param("owner", ownerName).param("due", l.due()).param("m", l.measure()).param("i", l.indicator())
                    .param("t", l.target() == null ? null : new java.math.BigDecimal(l.target())).param("s", l.status())
                    .param("why", dropped ? l.doneOrWhy() : null)
                    .param("done", l.status().equals("COMPLETE") ? d(l.doneOrWhy()) : null)
                    .param("at", at(d("2007-06-29"))).query(Long.class).single();
            for (Update u : l.updates()) {
                jdbc.sql("""
                        INSERT INTO review_plan_progress (line_id, progress_on, text, evidence_document, status_to, recorded_by,
                               recorded_name, recorded_at) VALUES (:l, :on, :t, :doc, :s, 'simulator', :name, :at)""")
                        .param("l", line).param("on", u.on()).param("t", u.text()).param("doc", u.document()).param("s", u.statusTo())
                        .param("name", ownerName).param("at", at(u.on())).update();
            }
        }
        audit.record(AuditEntry.of(AuditAction.CREATE, "REVIEW_ACTION_PLAN", id).because("demo action plan of the 2007 joint review"));
        return LINES.size();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(12, 0).atZone(Dates.LONDON).toInstant());
    }
}
