package cymru.gofal.planning;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;
import cymru.gofal.support.TestConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review page (council 1, WALES_2016): the person, the plan, the due date and where it stands; recording it held
 * with the person-centred fields and an outcome (POST-redirect-GET, error summary, a second recorder told and their
 * entries kept), the next review scheduled from the later-review rule, and ReviewHeld published.
 */
@IntegrationTest
@RecordApplicationEvents
class ReviewPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestConfig.Superuser superuser;
    @Autowired
    ApplicationEvents published;

    ReviewFixture f;
    final LocalDate today = LocalDate.now(Dates.LONDON);
    long team;
    long person;
    long plan;
    long review;

    @BeforeEach
    void anOverdueReview() {
        f = new ReviewFixture(jdbc, events, tx, users);
        team = f.team(1);
        person = f.person(1, "Angharad", LocalDate.of(1944, 2, 3));
        // ADULT_REVIEW_FIRST WALES_2016: 12 months from agreement, so two months overdue.
        plan = f.agreedAdultPlan(team, person, today.minusMonths(14), null);
        review = f.review(plan, 1).id();
    }

    MvcResult record(String user, int version, String heldOn, String outcome) throws Exception {
        return mvc.perform(post("/reviews/" + review + "/held").with(DemoLogins.as(user)).with(csrf()).param("version", "" + version)
                        .param("heldOn", heldOn).param("attendees", "Angharad and her son Dafydd")
                        .param("whatIsWorking", "Morning calls help her get up and dressed").param("whatIsNotWorking", "Evening calls come too early")
                        .param("whatMattersNow", "Going to chapel on Sundays").param("outcome", outcome))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    String page(MvcResult redirect) throws Exception {
        return mvc.perform(get("/reviews/" + review).param("lang", "en").with(DemoLogins.as("practitioner")).with(ReviewFixture.flash(redirect)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theReviewPageShowsThePersonALinkToThePlanTheDueDateAndThatItIsOverdue() throws Exception {
        String html = mvc.perform(get("/reviews/" + review).param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(f.name(person), "href=\"/plans/" + plan + "\"", "href=\"/people/" + person + "\"", "id=\"overdue-tag\"",
                "working days overdue", new Dates().date(today.minusMonths(2)), "within 12 months", "id=\"record-form\"");
        assertThat(ReviewFixture.audited(superuser, review, "READ", person)).isEqualTo(1);
    }

    @Test
    void recordingWithNothingFilledInNamesEveryProblemAndChangesNothing() throws Exception {
        MvcResult redirect = mvc.perform(post("/reviews/" + review + "/held").with(DemoLogins.as("practitioner")).with(csrf())
                .param("version", "0")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page(redirect)).contains("There is problem".replace("is ", "is a "), "href=\"#heldOn\"", "Enter the date the review was held",
                "Enter who attended the review", "Enter what is working", "Enter what is not working", "Enter what matters to the person now",
                "Select the outcome of the review");
        assertThat(f.review(plan, 1).status()).isEqualTo("SCHEDULED");
    }

    @Test
    void aReviewCannotBeHeldInTheFutureNorBeforeItsClockStarted() throws Exception {
        assertThat(page(record("practitioner", 0, FormDates.format(today.plusDays(1)), "CONTINUE")))
                .contains("The date the review was held must be today or in the past");
        assertThat(page(record("practitioner", 0, FormDates.format(today.minusMonths(15)), "CONTINUE")))
                .contains("must not be before the review&#39;s clock started on " + FormDates.format(today.minusMonths(14)));
        assertThat(f.review(plan, 1).status()).isEqualTo("SCHEDULED");
    }

    @Test
    void holdingAReviewSchedulesTheNextFromTheLaterReviewRuleCountedFromTheDayHeld() throws Exception {
        LocalDate heldOn = today.minusDays(3);
        String html = page(record("practitioner", 0, FormDates.format(heldOn), "CONTINUE"));
        assertThat(html).contains("Review recorded. The next review is scheduled.", "Held", "working days late", "Going to chapel on Sundays",
                "Continue the plan", "id=\"next-review\"").doesNotContain("id=\"record-form\"");
        var next = f.review(plan, 2);
        assertThat(next.rule()).isEqualTo("ADULT_REVIEW_SUBSEQUENT");
        assertThat(next.clockStart()).isEqualTo(heldOn);
        assertThat(next.dueOn()).isEqualTo(heldOn.plusMonths(12));
        assertThat(published.stream(ReviewHeld.class).filter(e -> e.reviewId() == review))
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo("CONTINUE");
                    assertThat(e.endsPlan()).isFalse();
                    assertThat(e.heldOn()).isEqualTo(heldOn);
                });
        assertThat(ReviewFixture.audited(superuser, review, "UPDATE", person)).isEqualTo(1);
    }

    @Test
    void changingThePlanTellsTheUserToChangeAndAgreeItAgainWithALink() throws Exception {
        String html = page(record("practitioner", 0, FormDates.format(today), "CHANGE_PLAN"));
        assertThat(html).contains("Now change the plan and agree it again", "id=\"change-plan-link\" href=\"/plans/" + plan + "\"");
        assertThat(f.review(plan, 2)).isNotNull();
    }

    @Test
    void endingThePlanAtReviewSchedulesNoMoreAndSaysSoInReviewHeld() throws Exception {
        record("practitioner", 0, FormDates.format(today), "CLOSE");
        assertThat(f.review(plan, 2)).isNull();
        assertThat(published.stream(ReviewHeld.class).filter(e -> e.reviewId() == review)).singleElement()
                .satisfies(e -> assertThat(e.endsPlan()).isTrue());
    }

    @Test
    void theSecondPersonToRecordTheSameReviewIsToldAndKeepsWhatTheyTyped() throws Exception {
        record("practitioner", 0, FormDates.format(today), "CONTINUE");
        MvcResult second = mvc.perform(post("/reviews/" + review + "/held").with(DemoLogins.as("team.manager")).with(csrf())
                        .param("version", "0").param("heldOn", FormDates.format(today)).param("attendees", "Angharad alone")
                        .param("whatIsWorking", "Day centre on Tuesdays").param("whatIsNotWorking", "Nothing").param("whatMattersNow", "Her garden")
                        .param("outcome", "CONTINUE")).andExpect(status().is3xxRedirection()).andReturn();
        String html = page(second);
        assertThat(html).contains("Someone else recorded or changed this review", "What you entered (not saved)", "Day centre on Tuesdays", "Her garden");
        assertThat(jdbc.sql("SELECT attendees FROM plan_review WHERE id = ?").param(review).query(String.class).single())
                .isEqualTo("Angharad and her son Dafydd");
    }

    @Test
    void thePageIsInWelshForAWelshSpeaker() throws Exception {
        try {
            String html = mvc.perform(get("/reviews/" + review).param("lang", "cy").with(DemoLogins.as("practitioner")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Hwyr", "Cofnodi&#39;r adolygiad", "Beth sy&#39;n gweithio", "Parhau â&#39;r cynllun");
        } finally {
            mvc.perform(get("/reviews/" + review).param("lang", "en").with(DemoLogins.as("practitioner")));
        }
    }

    @Test
    void aCouncillorMayNotSeeReviews() throws Exception {
        mvc.perform(get("/reviews/" + review).with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(post("/reviews/" + review + "/held").with(DemoLogins.as("qa.officer")).with(csrf()).param("version", "0"))
                .andExpect(status().isForbidden());
    }
}
