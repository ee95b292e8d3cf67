package cymru.gofal.services;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service catalogue (council 1): everyone signed in reads it; administrators and finance officers add providers
 * and offers, change prices (the old offer ends the day before, so old plans keep their cost), set capacity and
 * deactivate providers; refusals name each field; a second editor is told.
 */
@IntegrationTest
class ServiceCatalogueTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static String unique() {
        return "Provider " + Long.toString(System.nanoTime(), 36);
    }

    String page(String path, String user, MvcResult redirect) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(DemoLogins.as(user)).with(request -> {
            request.setAttribute(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, redirect.getFlashMap());
            return request;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    long apiProvider(String name, boolean inHouse) throws Exception {
        String body = mvc.perform(post("/api/providers").with(DemoLogins.as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"%s\",\"inHouse\":%s}".formatted(name, inHouse)))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\"")).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void everyoneSignedInReadsTheServiceTypesAndProviders() throws Exception {
        String name = unique();
        apiProvider(name, true);
        String html = mvc.perform(get("/services").param("lang", "en").with(DemoLogins.as("councillor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Service catalogue", "Domiciliary care", "Adults and children", name, "In-house")
                .doesNotContain("id=\"add-provider-button\"");
        mvc.perform(get("/api/services/types").with(DemoLogins.as("practitioner"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'DOMICILIARY_CARE')].defaultUnit").value(Matchers.contains("HOUR")));
        mvc.perform(get("/api/providers").with(DemoLogins.as("qa.officer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name").value(Matchers.hasItem(name)));
    }

    @Test
    void onlyAdministratorsAndFinanceOfficersChangeTheCatalogue() throws Exception {
        mvc.perform(post("/services/providers").with(DemoLogins.as("practitioner")).with(csrf()).param("name", unique()).param("inHouse", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/providers").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"inHouse\":true}")).andExpect(status().isForbidden());
    }

    @Test
    void aFinanceOfficerAddsAProviderAndAnOfferOnThePagesWithEachProblemNamed() throws Exception {
        MvcResult empty = mvc.perform(post("/services/providers").with(DemoLogins.as("finance.officer")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page("/services", "finance.officer", empty)).contains("Enter the provider&#39;s name",
                "Select whether the provider is in-house or external", "href=\"#inHouse\"");
        String name = unique();
        MvcResult added = mvc.perform(post("/services/providers").with(DemoLogins.as("finance.officer")).with(csrf())
                .param("name", name).param("inHouse", "false")).andExpect(status().is3xxRedirection()).andReturn();
        String location = added.getResponse().getRedirectedUrl();
        assertThat(page(location, "finance.officer", added)).contains("Provider added", name, "External");
        MvcResult twice = mvc.perform(post("/services/providers").with(DemoLogins.as("finance.officer")).with(csrf())
                .param("name", name.toUpperCase()).param("inHouse", "false")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page("/services", "finance.officer", twice)).contains("The council already has a provider with this name");

        MvcResult bad = mvc.perform(post(location + "/offers").with(DemoLogins.as("finance.officer")).with(csrf()).param("version", "0")
                .param("serviceType", "").param("unitCost", "twenty").param("capacity", "0").param("fromDate", "31/2/2026"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page(location, "finance.officer", bad)).contains("Select a service type", "Enter the unit cost as an amount in pounds",
                "The capacity must be at least 0.1", "The date it starts from must be a real date");
        MvcResult good = mvc.perform(post(location + "/offers").with(DemoLogins.as("finance.officer")).with(csrf()).param("version", "0")
                .param("serviceType", "DAY_CENTRE").param("unitCost", "£1,045.5").param("capacity", "40").param("fromDate", "5/1/2026"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page(location, "finance.officer", good)).contains("Offer added", "Day centre", "£1,045.50 (unit: Day)", "40.0 a week");
    }

    @Test
    void aPriceChangeEndsTheOldOfferTheDayBeforeSoOldPlansKeepTheirCost() throws Exception {
        long id = apiProvider(unique(), false);
        String path = "/api/providers/" + id;
        String body = mvc.perform(post(path + "/offers").with(DemoLogins.as("admin")).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"serviceType\":\"DOMICILIARY_CARE\",\"unitCost\":20.00,\"capacityUnitsPerWeek\":300,\"fromDate\":\"2026-01-05\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"1\"")).andReturn().getResponse().getContentAsString();
        long offer = ((Number) JsonPath.read(body, "$.currentOffers[0].id")).longValue();
        assertThat(JsonPath.<String>read(body, "$.currentOffers[0].unit")).isEqualTo("HOUR");
        String priceBody = "{\"unitCost\":22.50,\"fromDate\":\"%s\"}";
        mvc.perform(post(path + "/offers/" + offer + "/price").with(DemoLogins.as("finance.officer")).contentType(MediaType.APPLICATION_JSON)
                .content(priceBody.formatted("2026-04-06"))).andExpect(status().isPreconditionRequired());
        mvc.perform(post(path + "/offers/" + offer + "/price").with(DemoLogins.as("finance.officer")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(priceBody.formatted("2026-04-06"))).andExpect(status().isPreconditionFailed());
        mvc.perform(post(path + "/offers/" + offer + "/price").with(DemoLogins.as("finance.officer")).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitCost\":-1,\"fromDate\":\"2026-01-05\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("unitCost", "fromDate")));
        mvc.perform(post(path + "/offers/" + offer + "/price").with(DemoLogins.as("finance.officer")).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(priceBody.formatted("2026-04-06"))).andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"2\""));
        var rows = jdbc.sql("SELECT unit_cost, capacity_units_per_week, from_date, to_date FROM provider_service WHERE provider_id = ? ORDER BY from_date")
                .param(id).query((rs, i) -> new Object[] {rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)}).list();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly(new java.math.BigDecimal("20.00"), new java.math.BigDecimal("300.0"),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 5));
        assertThat(rows.get(1)).containsExactly(new java.math.BigDecimal("22.50"), new java.math.BigDecimal("300.0"),
                LocalDate.of(2026, 4, 6), null);
    }

    @Test
    void capacityAndDeactivationOnThePageAndASecondEditorIsTold() throws Exception {
        long id = apiProvider(unique(), true);
        String location = "/services/providers/" + id;
        mvc.perform(post("/api/providers/" + id + "/offers").with(DemoLogins.as("admin")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"serviceType\":\"RESPITE\",\"unitCost\":95,\"fromDate\":\"2026-01-05\"}"))
                .andExpect(status().isCreated());
        long offer = jdbc.sql("SELECT id FROM provider_service WHERE provider_id = ?").param(id).query(Long.class).single();
        MvcResult set = mvc.perform(post(location + "/offers/" + offer + "/capacity").with(DemoLogins.as("admin")).with(csrf())
                .param("version", "1").param("capacity", "14")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page(location, "admin", set)).contains("Capacity set", "14.0 a week");
        MvcResult stale = mvc.perform(post(location + "/offers/" + offer + "/capacity").with(DemoLogins.as("finance.officer")).with(csrf())
                .param("version", "1").param("capacity", "20")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page(location, "finance.officer", stale)).contains("Someone else changed this provider", "href=\"#capacity-" + offer + "\"");
        MvcResult off = mvc.perform(post(location + "/active").with(DemoLogins.as("admin")).with(csrf()).param("version", "2")
                .param("active", "false")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(page(location, "admin", off)).contains("Provider deactivated", "id=\"inactive-tag\"");
        mvc.perform(put("/api/providers/" + id).with(DemoLogins.as("admin")).header("If-Match", "\"3\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"active\":true}")).andExpect(status().isOk()).andExpect(jsonPath("$.active").value(true))
                .andExpect(header().string("ETag", "\"4\""));
    }

    @Test
    void anotherCouncilsProviderIsNotFound() throws Exception {
        long other = jdbc.sql("""
                INSERT INTO authority (id, code, name_en, name_cy, regime)
                SELECT coalesce(max(id), 0) + 1, 'SVC-' || (coalesce(max(id), 0) + 1), 'Services test council', 'Cyngor prawf gwasanaethau',
                       'WALES_2016' FROM authority RETURNING id""").query(Long.class).single();
        long provider = jdbc.sql("INSERT INTO provider (authority_id, name, in_house, created_by, updated_by) VALUES (?, 'Elsewhere', true, 't', 't') RETURNING id")
                .param(other).query(Long.class).single();
        mvc.perform(get("/api/providers/" + provider).with(DemoLogins.as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/services/providers/" + provider).with(DemoLogins.as("admin"))).andExpect(status().isNotFound());
    }
}
