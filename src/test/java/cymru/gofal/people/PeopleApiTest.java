package cymru.gofal.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The person register through /api/people (issue 3, points 1 to 3). */
@IntegrationTest
class PeopleApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;


    ResultActions create(String user, String json) throws Exception {
        return mvc.perform(post("/api/people").with(DemoLogins.as(user)).header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long createdId(String user, String json) throws Exception {
        String body = create(user, json).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }


    long count(String sql, Object... args) {
        var spec = jdbc.sql(sql);
        for (Object a : args) {
            spec = spec.param(a);
        }
        return spec.query(Long.class).single();
    }

    @Test
    void aPersonIsRecordedWithWelshLettersKeptExactly() throws Exception {
        String family = PeopleFixture.unique();
        long id = createdId("practitioner", "{\"givenNames\":\"Siân Ŵyn\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"2012-03-04\","
                + "\"gender\":\"FEMALE\",\"preferredLanguage\":\"cy\",\"activeOfferMade\":true,\"nhsNumber\":\"943 476 5919\"}");
        mvc.perform(get("/api/people/" + id).with(DemoLogins.as("practitioner"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.details.givenNames").value("Siân Ŵyn"))
                .andExpect(jsonPath("$.details.nhsNumber").value("9434765919"))
                .andExpect(jsonPath("$.details.preferredLanguage").value("cy"));
        assertThat(count("SELECT count(*) FROM audit_log WHERE record_type = 'person' AND person_id = ? AND action = 'CREATE'", id)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE record_type = 'person' AND person_id = ? AND action = 'READ'", id)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anInvalidNhsNumberIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String family = PeopleFixture.unique();
        create("practitioner", "{\"givenNames\":\"Ann\",\"familyName\":\"" + family + "\",\"gender\":\"FEMALE\",\"nhsNumber\":\"9434765918\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nhsNumber"))
                .andExpect(jsonPath("$.errors[0].message").value("This is not a valid NHS number: check the digits"));
        assertThat(count("SELECT count(*) FROM person WHERE family_name = ?", family)).isZero();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndStoresNothing() throws Exception {
        String family = PeopleFixture.unique();
        String huge = "x".repeat(10 * 1024 * 1024);
        create("practitioner", "{\"givenNames\":\"" + huge + "\",\"familyName\":\"" + family + "\",\"gender\":\"FEMALE\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("givenNames"));
        create("practitioner", "{\"givenNames\":\"A\u202Eb\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"2023-02-30\",\"gender\":\"X\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("givenNames", "dateOfBirth", "gender")));
        create("practitioner", "{\"givenNames\":\"A\",\"familyName\":\"" + family + "\",\"dateOfBirth\":\"2999-01-01\",\"gender\":\"MALE\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
        create("practitioner", "{\"givenNames\":").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
        create("practitioner", "{\"givenNames\":[\"A\"],\"familyName\":\"" + family + "\",\"gender\":\"MALE\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("givenNames"));
        create("practitioner", "{\"givenNames\":\"A\",\"familyName\":\"" + family + "\",\"gender\":\"MALE\",\"activeOfferMade\":\"maybe\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("activeOfferMade"));
        assertThat(count("SELECT count(*) FROM person WHERE family_name = ?", family)).isZero();
    }

    @Test
    void markupAndCodeAreNotNamesButNotesKeepThemAsTextShownEscaped() throws Exception {
        String family = PeopleFixture.unique();
        create("practitioner", PeopleFixture.person("<script>alert(1)</script>", family, "2001-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("givenNames"))
                .andExpect(jsonPath("$.errors[0].message").value("Given names can only include letters, spaces, hyphens, apostrophes and full stops"));
        create("practitioner", PeopleFixture.person("Ann", "Jones'; DROP TABLE person;--", "2001-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("familyName"));
        long a = createdId("practitioner", PeopleFixture.person("Seán", "O'Brien-" + family, "2001-01-01"));
        long b = createdId("practitioner", PeopleFixture.person("St. John", family, "2001-01-01").replace("}", ",\"confirmNew\":true}"));
        mvc.perform(post("/api/people/" + a + "/relationships").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"relatedPersonId\":" + b + ",\"kind\":\"SIBLING\",\"note\":\"<script>alert(1)</script>'; DROP TABLE person;--\"}"))
                .andExpect(status().isCreated());
        String page = mvc.perform(get("/people/" + a).with(DemoLogins.as("practitioner"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aLikelyDuplicateIsShownFirstAndCreatedOnlyWhenConfirmed() throws Exception {
        String family = PeopleFixture.unique();
        long first = createdId("practitioner", PeopleFixture.person("Gwenllian", family, "1950-06-01"));
        create("practitioner", PeopleFixture.person("Gwenlian", family, "1950-06-01"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.matches[0].id").value(first));
        create("practitioner", PeopleFixture.person("Gwenlian", family, "1950-06-01").replace("}", ",\"confirmNew\":true}")).andExpect(status().isCreated());
    }

    @Test
    void searchToleratesTyposAndWelshSpellings() throws Exception {
        String family = PeopleFixture.unique();
        long dafydd = createdId("practitioner", PeopleFixture.person("Dafydd", family, "1980-01-01"));
        long sian = createdId("practitioner", PeopleFixture.person("Siân", family, "1981-02-02"));
        mvc.perform(get("/api/people").param("name", "David " + family).with(DemoLogins.as("practitioner")))
                .andExpect(jsonPath("$[0].id").value(dafydd));
        mvc.perform(get("/api/people").param("name", "Sain " + family).with(DemoLogins.as("practitioner")))
                .andExpect(jsonPath("$[0].id").value(sian));
        mvc.perform(get("/api/people").param("dateOfBirth", "1981-02-02").param("name", family).with(DemoLogins.as("practitioner")))
                .andExpect(jsonPath("$[*].id").value(hasItem((int) sian))).andExpect(jsonPath("$[*].id").value(not(hasItem((int) dafydd))));
        mvc.perform(get("/api/people").param("nhsNumber", "123").with(DemoLogins.as("practitioner")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nhsNumber"));
    }

    @Test
    void aRelationshipIsShownFromBothSides() throws Exception {
        String family = PeopleFixture.unique();
        long carer = createdId("practitioner", PeopleFixture.person("Eirlys", family, "1960-01-01"));
        long cared = createdId("practitioner", PeopleFixture.person("Idris", family, "1935-01-01"));
        mvc.perform(post("/api/people/" + carer + "/relationships").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"relatedPersonId\":" + cared + ",\"kind\":\"CARER\"}")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.relationships[0].direction").value("THIS_PERSON_IS"));
        mvc.perform(get("/api/people/" + cared).with(DemoLogins.as("practitioner")))
                .andExpect(jsonPath("$.relationships[0].otherPersonId").value(carer))
                .andExpect(jsonPath("$.relationships[0].direction").value("OF_THIS_PERSON"));
        String page = mvc.perform(get("/people/" + cared).param("lang", "en").with(DemoLogins.as("practitioner"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Cared for by");
        mvc.perform(post("/api/people/" + carer + "/relationships").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"relatedPersonId\":" + cared + ",\"kind\":\"CARER\"}")).andExpect(status().isBadRequest());
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() throws Exception {
        String family = PeopleFixture.unique();
        long id = createdId("practitioner", PeopleFixture.person("Aled", family, "1990-01-01"));
        mvc.perform(put("/api/people/" + id).with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content(PeopleFixture.person("Aled Wyn", family, "1990-01-01"))).andExpect(status().isOk());
        mvc.perform(put("/api/people/" + id).with(DemoLogins.as("team.manager")).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content(PeopleFixture.person("Alun", family, "1990-01-01"))).andExpect(status().isPreconditionFailed());
        mvc.perform(put("/api/people/" + id).with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content(PeopleFixture.person("Alun", family, "1990-01-01"))).andExpect(status().isPreconditionRequired());
        assertThat(jdbc.sql("SELECT given_names FROM person WHERE id = ?").param(id).query(String.class).single()).isEqualTo("Aled Wyn");
    }

    @Test
    void otherNamesAreShownWithTheName() throws Exception {
        String family = PeopleFixture.unique();
        long id = createdId("practitioner", PeopleFixture.person("Eluned", family, "1970-01-01"));
        mvc.perform(post("/people/" + id + "/names").param("kind", "PREVIOUS").param("givenNames", "Eluned").param("familyName", "Edwards")
                .with(DemoLogins.as("practitioner")).with(csrf())).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/people/" + id).param("lang", "en").with(DemoLogins.as("practitioner"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Previous name: Eluned Edwards").contains("Person " + id + "<");
        mvc.perform(get("/api/people").param("name", "Eluned Edwards").with(DemoLogins.as("practitioner"))).andExpect(jsonPath("$[0].id").value(id));
    }

    @Test
    void otherIdentifiersAreRecordedOncePerScheme() throws Exception {
        long id = createdId("practitioner", PeopleFixture.person("Dilys", PeopleFixture.unique(), "1960-01-01"));
        String json = "{\"scheme\":\"NATIONAL_INSURANCE\",\"value\":\"QQ123456C\"}";
        mvc.perform(post("/api/people/" + id + "/identifiers").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.otherIdentifiers[0].value").value("QQ123456C"));
        mvc.perform(post("/api/people/" + id + "/identifiers").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("value"));
        mvc.perform(post("/api/people/" + id + "/identifiers").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"scheme\":\"PASSPORT\",\"value\":\"\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("scheme", "value")));
        String page = mvc.perform(get("/people/" + id).param("lang", "en").with(DemoLogins.as("practitioner"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("National Insurance number").contains("QQ123456C");
    }

    @Test
    void aSearchWithNothingToLookForIsAProblem() throws Exception {
        mvc.perform(get("/api/people").with(DemoLogins.as("practitioner"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void councillorsAndFinanceOfficersCannotReadPeople() throws Exception {
        mvc.perform(get("/api/people").param("name", "Jones").with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/people").param("name", "Jones").with(DemoLogins.as("finance.officer"))).andExpect(status().isForbidden());
    }
}
