package cymru.gofal.planning;

import java.time.LocalDate;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cymru.gofal.support.DemoLogins;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A plan built over the API as a practitioner: one outcome, then services, agreement and direct payments. */
record PlanSteps(MockMvc mvc, JdbcClient jdbc, long plan, long outcome) {

    static PlanSteps create(MockMvc mvc, JdbcClient jdbc, PlanFixture.Setup s) throws Exception {
        String body = mvc.perform(post("/api/plans").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseId\":%d,\"assessmentId\":%d}".formatted(s.caseId(), s.assessment()))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long plan = ((Number) JsonPath.read(body, "$.id")).longValue();
        body = mvc.perform(post("/api/plans/" + plan + "/outcomes").with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"needId\":%d,\"outcome\":\"To get up and dressed\"}".formatted(s.eligibleNeed())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new PlanSteps(mvc, jdbc, plan, ((Number) JsonPath.read(body, "$.outcomes[0].id")).longValue());
    }

    int version() {
        return jdbc.sql("SELECT version FROM care_plan WHERE id = :p").param("p", plan).query(Integer.class).single();
    }

    ResultActions change(String path, String json) throws Exception {
        return mvc.perform(post("/api/plans/" + plan + path).with(DemoLogins.as("practitioner")).header("If-Match", "\"" + version() + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** Adds a service line from the offer (units a week, start, end or null); answers the response. */
    ResultActions service(String type, long offer, String units, LocalDate start, LocalDate end) throws Exception {
        return change("/services", """
                {"outcomeId":%d,"serviceType":"%s","offerId":%d,"unitsPerWeek":%s,"startOn":"%s"%s}"""
                .formatted(outcome, type, offer, units, start, end == null ? "" : ",\"endOn\":\"" + end + "\""));
    }

    /** An unmet line of the type from the start day, unmet since today; answers its id. */
    long unmet(String type, LocalDate start) throws Exception {
        String body = change("/services", """
                {"outcomeId":%d,"serviceType":"%s","unitsPerWeek":3,"startOn":"%s","unmetReason":"WAITING_LIST"}"""
                .formatted(outcome, type, start)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.List<Object> ids = JsonPath.read(body, "$.services[?(@.status == 'UNMET' && @.serviceType == '" + type + "')].id");
        return ((Number) ids.get(ids.size() - 1)).longValue();
    }

    ResultActions agree(LocalDate on) throws Exception {
        return change("/agreement", "{\"byPerson\":true,\"agreedOn\":\"%s\"}".formatted(on));
    }

    ResultActions offerDirectPayment(LocalDate on) throws Exception {
        return mvc.perform(post("/api/plans/" + plan + "/direct-payments").with(DemoLogins.as("practitioner"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"offeredOn\":\"%s\"}".formatted(on)));
    }

    ResultActions read() throws Exception {
        return mvc.perform(get("/api/plans/" + plan).with(DemoLogins.as("practitioner")));
    }
}
