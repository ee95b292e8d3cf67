package cymru.gofal.review.actionplan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The action plan API: lines only on published reviews, status rules, If-Match, immutable progress, roles. */
@IntegrationTest
class ActionPlanApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cymru.gofal.support.TestConfig.Superuser superuser;

    private final LocalDate today = LocalDate.now();

    @Test
    void linesAreAddedOnlyToPublishedReviews() throws Exception {
        var draft = ActionPlanFixture.review(jdbc, false, null);
        create(draft.id(), line(draft.action(), "\"ownerPost\":\"Head of Adult Services\"", today.plusDays(60)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("action"));
        assertThat(ActionPlanFixture.lineCount(jdbc, draft.id())).isZero();
        var review = published();
        create(review.id(), line(review.action(), "\"ownerPost\":\"Head of Adult Services\"", today.plusDays(60)))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("NOT_STARTED")).andExpect(jsonPath("$.owner").value("Head of Adult Services"));
    }

    @Test
    void badLinesAreProblemsNamingEachFieldAndWriteNothing() throws Exception {
        var review = published();
        create(review.id(), """
                {"action":%d,"description":"","ownerUser":"team.manager","ownerPost":"Head","dueOn":"%s","measure":"x",
                 "target":50}""".formatted(review.otherAction() + 1000, today.minusYears(5)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "action", "description", "ownerUser", "dueOn", "target")));
        create(review.id(), line(review.action(), "\"ownerUser\":\"practitioner\"", today.plusDays(9)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ownerUser"));
        create(review.id(), line(review.action(), "\"ownerPost\":\"P\",\"indicator\":\"SCA/007\",\"target\":150", today.plusDays(9)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("target"));
        create(review.id(), line(review.action(), "\"ownerPost\":\"P\",\"status\":\"DROPPED\"", today.plusDays(9)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("droppedReason"));
        assertThat(ActionPlanFixture.lineCount(jdbc, review.id())).isZero();
    }

    @Test
    void aLineIsSavedOnlyWithTheCurrentVersionAndItsStatusMovesByTheRules() throws Exception {
        var review = published();
        long line = id(create(review.id(), line(review.action(), "\"ownerPost\":\"Head\"", today.plusDays(30))));
        String url = "/api/joint-reviews/" + review.id() + "/action-plan/lines/" + line;
        String dropped = line(review.action(), "\"ownerPost\":\"Head\",\"status\":\"DROPPED\",\"droppedReason\":\"Merged\"", today.plusDays(30));
        mvc.perform(put(url).with(DemoLogins.as("senior.manager")).contentType(MediaType.APPLICATION_JSON).content(dropped))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(url).with(DemoLogins.as("senior.manager")).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content(dropped)).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("DROPPED")).andExpect(jsonPath("$.droppedReason").value("Merged"));
        mvc.perform(put(url).with(DemoLogins.as("senior.manager")).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content(line(review.action(), "\"ownerPost\":\"Other\"", today.plusDays(30)))).andExpect(status().isPreconditionFailed());
        mvc.perform(put(url).with(DemoLogins.as("senior.manager")).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content(line(review.action(), "\"ownerPost\":\"Head\",\"status\":\"IN_PROGRESS\"", today.plusDays(30))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get(url).with(DemoLogins.as("reviewer"))).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.line.owner").value("Head")).andExpect(jsonPath("$.line.status").value("DROPPED"));
    }

    @Test
    void theOwnerAndSeniorManagersRecordProgressThatIsNeverChanged() throws Exception {
        var review = published();
        long line = id(create(review.id(), line(review.action(), "\"ownerUser\":\"team.manager\"", today.plusDays(30))));
        String url = "/api/joint-reviews/" + review.id() + "/action-plan/lines/" + line + "/progress";
        String body = "{\"progressOn\":\"%s\",\"text\":\"Started\",\"evidenceUrl\":\"https://example.org/qa\",\"status\":\"IN_PROGRESS\"}"
                .formatted(today);
        mvc.perform(post(url).with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post(url).with(DemoLogins.as("team.manager")).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.statusTo").value("IN_PROGRESS"));
        mvc.perform(post(url).with(DemoLogins.as("senior.manager")).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("IN_PROGRESS", "COMPLETE"))).andExpect(status().isPreconditionFailed());
        mvc.perform(post(url).with(DemoLogins.as("qa.officer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"progressOn\":\"%s\",\"text\":\"Mine\"}".formatted(today))).andExpect(status().isForbidden());
        mvc.perform(post(url).with(DemoLogins.as("senior.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"progressOn\":\"%s\",\"text\":\"Later\",\"evidenceUrl\":\"javascript:alert(1)\"}".formatted(today.plusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("progressOn", "evidenceUrl")));
        long updates = jdbc.sql("SELECT count(*) FROM review_plan_progress WHERE line_id = :l").param("l", line).query(Long.class).single();
        assertThat(updates).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("UPDATE review_plan_progress SET text = 'changed' WHERE line_id = :l").param("l", line).update())
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM review_plan_progress WHERE line_id = :l").param("l", line).update())
                .hasMessageContaining("never changed");
    }

    @Test
    void councillorsReadTheSummaryWithoutOwnersAndPractitionersNothing() throws Exception {
        var review = published();
        id(create(review.id(), line(review.action(), "\"ownerUser\":\"team.manager\"", today.plusDays(30))));
        String url = "/api/joint-reviews/" + review.id() + "/action-plan";
        mvc.perform(get(url).with(DemoLogins.as("councillor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.priorities[0].actions[0].lines[0].owner").doesNotExist())
                .andExpect(jsonPath("$.counts.notStarted").value(1));
        mvc.perform(get(url).with(DemoLogins.as("qa.officer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.priorities[0].actions[0].lines[0].owner").value("Gareth Morgan"));
        mvc.perform(get(url).with(DemoLogins.as("practitioner"))).andExpect(status().isForbidden());
        mvc.perform(get(url).with(DemoLogins.as("finance.officer"))).andExpect(status().isForbidden());
        mvc.perform(get(url + "/lines/1").with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
        create(review.id(), line(review.action(), "\"ownerPost\":\"P\"", today.plusDays(3)), "reviewer").andExpect(status().isForbidden());
        create(review.id(), line(review.action(), "\"ownerPost\":\"P\"", today.plusDays(3)), "team.manager").andExpect(status().isForbidden());
        mvc.perform(get("/api/joint-reviews/999999999/action-plan").with(DemoLogins.as("senior.manager"))).andExpect(status().isNotFound());
    }

    @Test
    void everyWriteAndEachReadShowingOwnersIsAuditedOnceAndTheCouncillorsSummaryIsNot() throws Exception {
        var review = published();
        long line = id(create(review.id(), line(review.action(), "\"ownerPost\":\"Head\"", today.plusDays(30))));
        mvc.perform(post("/api/joint-reviews/" + review.id() + "/action-plan/lines/" + line + "/progress").with(DemoLogins.as("senior.manager"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"progressOn\":\"%s\",\"text\":\"Begun\"}".formatted(today)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/joint-reviews/" + review.id() + "/action-plan").with(DemoLogins.as("reviewer"))).andExpect(status().isOk());
        mvc.perform(get("/api/joint-reviews/" + review.id() + "/action-plan").with(DemoLogins.as("councillor"))).andExpect(status().isOk());
        assertThat(audited("REVIEW_PLAN_LINE", line, "CREATE")).isEqualTo(1);
        assertThat(audited("REVIEW_ACTION_PLAN", review.id(), "READ")).isEqualTo(1);
        long progress = jdbc.sql("SELECT id FROM review_plan_progress WHERE line_id = :l").param("l", line).query(Long.class).single();
        assertThat(audited("REVIEW_PLAN_PROGRESS", progress, "CREATE")).isEqualTo(1);
    }

    private int audited(String type, long id, String action) throws java.sql.SQLException {
        try (var c = superuser.connect(); var s = c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE record_type = ? AND record_id = ? AND action = ?")) {
            s.setString(1, type);
            s.setString(2, String.valueOf(id));
            s.setString(3, action);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private ActionPlanFixture.TestReview published() {
        return ActionPlanFixture.review(jdbc, true, Instant.now().minus(Duration.ofDays(400)));
    }

    private ResultActions create(long review, String body) throws Exception {
        return create(review, body, "senior.manager");
    }

    private ResultActions create(long review, String body, String user) throws Exception {
        return mvc.perform(post("/api/joint-reviews/" + review + "/action-plan/lines").with(DemoLogins.as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static String line(long action, String owner, LocalDate due) {
        return "{\"action\":%d,\"description\":\"Review officer post\",%s,\"dueOn\":\"%s\",\"measure\":\"Reviews on time\"}"
                .formatted(action, owner, due);
    }

    private static long id(ResultActions created) throws Exception {
        String json = created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(json.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }
}
