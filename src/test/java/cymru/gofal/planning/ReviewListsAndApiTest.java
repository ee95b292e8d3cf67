package cymru.gofal.planning;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.platform.web.Dates;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reviews across a team (council 1): the managers' list, the work tray and the API, each leaving out a restricted
 * person the viewer may not see, in items and in counts; and the API's problems, ETag and If-Match.
 */
@IntegrationTest
class ReviewListsAndApiTest {

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

    ReviewFixture f;
    final LocalDate today = LocalDate.now(Dates.LONDON);
    long team;
    long overduePerson;
    long overdueReview;
    long soonPerson;
    long hiddenPerson;
    long hiddenReview;

    @BeforeEach
    void aTeamsReviews() {
        f = new ReviewFixture(jdbc, events, tx, users);
        team = f.team(1);
        overduePerson = f.person(1, "Bronwen", LocalDate.of(1950, 1, 1));
        overdueReview = f.review(f.agreedAdultPlan(team, overduePerson, today.minusMonths(13), null), 1).id();
        soonPerson = f.person(1, "Catrin", LocalDate.of(1951, 1, 1));
        f.agreedAdultPlan(team, soonPerson, today.minusMonths(12).plusDays(10), null);
        hiddenPerson = f.person(1, "Delyth", LocalDate.of(1952, 1, 1));
        hiddenReview = f.review(f.agreedAdultPlan(team, hiddenPerson, today.minusMonths(13), null), 1).id();
        f.restrict(hiddenPerson);
    }

    String held(String heldOn) {
        return """
                {"heldOn":"%s","attendees":"Bronwen","whatIsWorking":"Meals","whatIsNotWorking":"Loneliness","whatMattersNow":"Seeing friends",
                 "outcome":"CONTINUE"}""".formatted(heldOn);
    }

    @Test
    void managersSeeOverdueAndDueSoonReviewsAndTheShareHeldOnTimeWithoutRestrictedPeople() throws Exception {
        mvc.perform(post("/api/reviews/" + overdueReview + "/held").with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(held(today.toString()))).andExpect(status().isOk());
        String html = mvc.perform(get("/reviews").param("team", "" + team).param("lang", "en").with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Overdue reviews (0)", "Due in the next 4 weeks (1)", f.name(soonPerson), "id=\"held-team-" + team + "\"")
                .doesNotContain(f.name(hiddenPerson));
        assertThat(html.substring(html.indexOf("id=\"held-team-" + team + "\""))).containsSubsequence(">1<", ">0<", "0%");
    }

    @Test
    void overdueReviewsAppearInTheTeamsWorkTrayButNotARestrictedPersons() throws Exception {
        String body = mvc.perform(get("/api/work").param("view", "team").param("team", "" + team).param("lang", "en")
                        .with(DemoLogins.as("team.manager"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(2)).andExpect(jsonPath("$.overdue").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.items[*].path")).contains("/reviews/" + overdueReview)
                .doesNotContain("/reviews/" + hiddenReview);
        assertThat(JsonPath.<String>read(body, "$.items[0].kindTitle")).isEqualTo("Review of a care and support plan");
        assertThat(JsonPath.<Boolean>read(body, "$.items[0].overdue")).isTrue();
    }

    @Test
    void aRestrictedPersonsReviewIsNotFoundAndAbsentFromTheApiList() throws Exception {
        mvc.perform(get("/reviews/" + hiddenReview).with(DemoLogins.as("team.manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/reviews/" + hiddenReview).with(DemoLogins.as("team.manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/reviews").param("team", "" + team).param("status", "OVERDUE").with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(overdueReview)).andExpect(jsonPath("$[0].overdue").value(true));
    }

    @Test
    void badListParametersAreAProblemNamingEachField() throws Exception {
        mvc.perform(get("/api/reviews").param("team", "x1").param("status", "LATE").with(DemoLogins.as("team.manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("team", "status")));
    }

    @Test
    void oneReviewCarriesItsVersionAsETagAndRecordingNeedsACurrentIfMatch() throws Exception {
        mvc.perform(get("/api/reviews/" + overdueReview).with(DemoLogins.as("practitioner"))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\"")).andExpect(jsonPath("$.ruleCode").value("ADULT_REVIEW_FIRST"))
                .andExpect(jsonPath("$.dueBy").value("RULE")).andExpect(jsonPath("$.status").value("SCHEDULED"));
        String path = "/api/reviews/" + overdueReview + "/held";
        mvc.perform(post(path).with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON).content(held(today.toString())))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post(path).with(DemoLogins.as("practitioner")).header("If-Match", "\"7\"").contentType(MediaType.APPLICATION_JSON)
                .content(held(today.toString()))).andExpect(status().isPreconditionFailed());
        mvc.perform(post(path).with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"" + today.plusDays(2) + "\",\"outcome\":\"MAYBE\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "heldOn", "attendees", "whatIsWorking", "whatIsNotWorking", "whatMattersNow", "outcome")));
        mvc.perform(post(path).with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(held(today.toString())))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\"")).andExpect(jsonPath("$.status").value("HELD"))
                .andExpect(jsonPath("$.heldInTime").value(false)).andExpect(jsonPath("$.nextReviewId").isNumber());
        mvc.perform(post(path).with(DemoLogins.as("team.manager")).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content(held(today.toString()))).andExpect(status().isPreconditionFailed());
    }
}
