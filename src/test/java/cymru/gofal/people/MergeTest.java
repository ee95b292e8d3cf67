package cymru.gofal.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Merging duplicates (issue 3, point 2): history of both kept, audited, reversible; ADMIN or TEAM_MANAGER only. */
@IntegrationTest
class MergeTest {

    @Autowired
    MockMvc mvc;

    long create(String given, String family, String extra) throws Exception {
        String json = PeopleFixture.person(given, family, "1944-04-04").replace("}", ",\"confirmNew\":true" + extra + "}");
        String body = mvc.perform(post("/api/people").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aMergeMovesRelationshipsKeepsTheDuplicateAsHistoryAndCanBeUndone() throws Exception {
        String family = PeopleFixture.unique();
        long kept = create("Morfydd", family, "");
        long duplicate = create("Morfudd", family, "");
        long daughter = create("Nia", family, "");
        mvc.perform(post("/api/people/" + daughter + "/relationships").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"relatedPersonId\":" + duplicate + ",\"kind\":\"CARER\"}")).andExpect(status().isCreated());
        mvc.perform(post("/people/" + duplicate + "/addresses").param("line1", "5 Stryd Fawr").param("town", "Merthyr Tudful")
                .param("postcode", "CF47 8AN").param("from", "1/1/2020").with(DemoLogins.as("team.manager")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/people/" + kept + "/merges").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"mergedPersonId\":" + duplicate + ",\"reason\":\"Same person\"}")).andExpect(status().isForbidden());
        String merge = mvc.perform(post("/api/people/" + kept + "/merges").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"mergedPersonId\":" + duplicate + ",\"reason\":\"Same person, same address\"}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long mergeId = ((Number) JsonPath.read(merge, "$.mergeId")).longValue();
        mvc.perform(get("/api/people/" + kept).with(DemoLogins.as("team.manager"))).andExpect(jsonPath("$.relationships[0].otherPersonId").value(daughter))
                .andExpect(jsonPath("$.addresses[0].line1").value("5 Stryd Fawr"));
        mvc.perform(get("/api/people/" + duplicate).with(DemoLogins.as("team.manager"))).andExpect(jsonPath("$.mergedInto").value(kept))
                .andExpect(jsonPath("$.details.givenNames").value("Morfudd"));
        mvc.perform(get("/api/people").param("name", "Morfudd " + family).with(DemoLogins.as("team.manager")))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(kept));
        mvc.perform(post("/api/people/merges/" + mergeId + "/undo").with(DemoLogins.as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Twins, not the same person\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/people/" + duplicate).with(DemoLogins.as("team.manager"))).andExpect(jsonPath("$.mergedInto").doesNotExist())
                .andExpect(jsonPath("$.relationships[0].otherPersonId").value(daughter));
        mvc.perform(get("/api/people/" + kept).with(DemoLogins.as("team.manager"))).andExpect(jsonPath("$.relationships.length()").value(0))
                .andExpect(jsonPath("$.addresses.length()").value(0));
        mvc.perform(get("/api/people/" + duplicate).with(DemoLogins.as("team.manager"))).andExpect(jsonPath("$.addresses[0].line1").value("5 Stryd Fawr"));
        mvc.perform(post("/api/people/merges/" + mergeId + "/undo").with(DemoLogins.as("admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"again\"}")).andExpect(status().isBadRequest());
    }

    long merge(long kept, long merged) throws Exception {
        String body = mvc.perform(post("/api/people/" + kept + "/merges").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"mergedPersonId\":" + merged + ",\"reason\":\"Same person\"}")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.mergeId")).longValue();
    }

    @Test
    void aMergedRecordIsHiddenWhenTheRecordItWasMergedIntoIsRestricted() throws Exception {
        String family = PeopleFixture.unique();
        long kept = create("Rhodri", family, "");
        long duplicate = create("Rhodri", family, "");
        merge(kept, duplicate);
        mvc.perform(put("/api/people/" + kept + "/restriction").with(DemoLogins.as("team.manager")).header("If-Match", "*")
                .contentType(MediaType.APPLICATION_JSON).content("{\"restricted\":true}")).andExpect(status().isOk());
        mvc.perform(get("/api/people/" + duplicate).with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/people/" + duplicate).with(DemoLogins.as("team.manager"))).andExpect(status().isOk());
    }

    @Test
    void restrictedRecordsMergeOnlyWhenTheSamePeopleMaySeeBoth() throws Exception {
        String family = PeopleFixture.unique();
        long a = create("Menna", family, "");
        long b = create("Menna", family, "");
        for (long id : new long[] {a, b}) {
            mvc.perform(put("/api/people/" + id + "/restriction").with(DemoLogins.as("team.manager")).header("If-Match", "*")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"restricted\":true}")).andExpect(status().isOk());
        }
        mvc.perform(put("/api/people/" + b + "/restriction").with(DemoLogins.as("team.manager")).header("If-Match", "*")
                .contentType(MediaType.APPLICATION_JSON).content("{\"restricted\":true,\"usernames\":[\"qa.officer\"]}")).andExpect(status().isOk());
        mvc.perform(post("/api/people/" + a + "/merges").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"mergedPersonId\":" + b + ",\"reason\":\"Same person\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mergedPersonId"));
        mvc.perform(put("/api/people/" + a + "/restriction").with(DemoLogins.as("team.manager")).header("If-Match", "*")
                .contentType(MediaType.APPLICATION_JSON).content("{\"restricted\":true,\"usernames\":[\"qa.officer\"]}")).andExpect(status().isOk());
        merge(a, b);
    }

    @Test
    void mergesAreUndoneOnlyInTheReverseOrder() throws Exception {
        String family = PeopleFixture.unique();
        long first = create("Gethin", family, "");
        long second = create("Gethin", family, "");
        long third = create("Gethin", family, "");
        long inner = merge(second, first);
        merge(third, second);
        mvc.perform(post("/api/people/merges/" + inner + "/undo").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Out of order\"}")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/people").param("name", "Gethin " + family).with(DemoLogins.as("team.manager")))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(third));
    }

    @Test
    void recordsWithDifferentNhsNumbersAreNotMerged() throws Exception {
        String family = PeopleFixture.unique();
        long a = create("Tomos", family, ",\"nhsNumber\":\"9434765919\"");
        long b = create("Tomos", family, ",\"nhsNumber\":\"4010232137\"");
        mvc.perform(post("/api/people/" + a + "/merges").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"mergedPersonId\":" + b + ",\"reason\":\"Looks the same\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mergedPersonId"));
    }
}
