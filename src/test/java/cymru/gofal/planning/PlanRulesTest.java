package cymru.gofal.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cymru.gofal.platform.web.Dates;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rules a plan's changes keep: a service's offer runs on its start day from an active provider; a version is costed on
 * its costing day; no agreement past the plan's review date; one open direct payment offer a plan, even at once; and
 * the buttons that remove lines say which line to a screen reader.
 */
@IntegrationTest
class PlanRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(Dates.LONDON);

    void runs(long offer, LocalDate from, LocalDate to) {
        jdbc.sql("UPDATE provider_service SET from_date = :f, to_date = :t WHERE id = :o").param("f", from).param("t", to).param("o", offer)
                .update();
    }

    @Test
    void aServiceLineNeedsAnOfferRunningOnItsStartDayFromAnActiveProvider() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long later = PlanFixture.offer(jdbc, "DAY_CENTRE", "DAY", "45.00", true);
        runs(later, today.plusDays(30), null);
        long ending = PlanFixture.offer(jdbc, "DAY_CENTRE", "DAY", "40.00", true);
        runs(ending, today.minusYears(1), today.plusDays(5));
        PlanSteps p = PlanSteps.create(mvc, jdbc, s);
        p.service("DAY_CENTRE", later, "2", today, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("offerId"));
        p.service("DAY_CENTRE", ending, "2", today.plusDays(10), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("offerId"));
        p.service("DAY_CENTRE", later, "2", today.plusDays(40), null).andExpect(status().isOk());
        String name = jdbc.sql("SELECT p.name FROM provider p JOIN provider_service s ON s.provider_id = p.id WHERE s.id = :o")
                .param("o", later).query(String.class).single();
        String chosenLater = mvc.perform(get("/plans/" + p.plan() + "/services/new").param("type", "DAY_CENTRE")
                .param("start", today.plusDays(40).toString()).param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String chosenToday = mvc.perform(get("/plans/" + p.plan() + "/services/new").param("type", "DAY_CENTRE").param("lang", "en")
                .with(DemoLogins.as("practitioner"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chosenLater).contains(name);
        assertThat(chosenToday).doesNotContain(name);

        jdbc.sql("UPDATE provider SET active = FALSE WHERE id = (SELECT provider_id FROM provider_service WHERE id = :o)").param("o", later)
                .update();
        p.service("DAY_CENTRE", later, "1", today.plusDays(40), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("offerId"));
    }

    @Test
    void aVersionIsCostedOnItsCostingDayTheLaterOfAgreementAndTheFirstPlannedStart() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long care = PlanFixture.offer(jdbc, "DOMICILIARY_CARE", "HOUR", "21.40", false);
        PlanSteps p = PlanSteps.create(mvc, jdbc, s);
        p.service("DOMICILIARY_CARE", care, "7.5", today.plusDays(14), null).andExpect(status().isOk());
        p.agree(today).andExpect(status().isOk());
        // 7.5 x 21.40 = 160.50 a week from the services' first day; x 52 = 8346.00.
        mvc.perform(get("/api/plans/" + p.plan() + "/versions/1").with(DemoLogins.as("practitioner")))
                .andExpect(jsonPath("$.version.weeklyCost").value(160.50)).andExpect(jsonPath("$.version.annualCost").value(8346.00));
    }

    @Test
    void agreementIsRefusedWhenThePlansReviewDateIsBeforeTheDayAgreed() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        PlanSteps p = PlanSteps.create(mvc, jdbc, s);
        jdbc.sql("UPDATE care_plan SET review_on = :r WHERE id = :p").param("r", today.minusDays(1)).param("p", p.plan()).update();
        p.agree(today).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("agreedOn"));
        MvcResult refused = mvc.perform(post("/plans/" + p.plan() + "/agreement").with(csrf()).with(DemoLogins.as("practitioner"))
                .param("version", "" + p.version()).param("byPerson", "true").param("agreedOn", today.toString())).andReturn();
        String page = mvc.perform(get("/plans/" + p.plan()).param("lang", "en").with(DemoLogins.as("practitioner"))
                .with(PlanFixture.flash(refused))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The review date the plan sets (" + cymru.gofal.platform.web.FormDates.format(today.minusDays(1))
                + ") is before the date agreed");
        assertThat(jdbc.sql("SELECT agreed_versions FROM care_plan WHERE id = :p").param("p", p.plan()).query(Integer.class).single()).isZero();
    }

    @Test
    void oneOpenDirectPaymentOfferAPlanEvenWhenTwoAreMadeAtOnceTheOtherIs409() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        PlanSteps p = PlanSteps.create(mvc, jdbc, s);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return p.offerDirectPayment(today).andReturn().getResponse().getStatus();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();
        assertThat(both.stream().map(CompletableFuture::join).sorted().toList()).containsExactly(201, 409);
        p.offerDirectPayment(today).andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("offeredOn"))
                .andExpect(jsonPath("$.detail").value("A direct payment is already offered or running on this plan"));
        assertThat(jdbc.sql("SELECT count(*) FROM direct_payment WHERE plan_id = :p").param("p", p.plan()).query(Integer.class).single())
                .isEqualTo(1);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO direct_payment (authority_id, person_id, plan_id, offered_on, decision, created_by, updated_by)
                VALUES (1, :person, :p, :on, 'OFFERED', 'test', 'test')""").param("person", s.person()).param("p", p.plan())
                .param("on", today).update()).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void removeButtonsNameTheLineTheyRemoveToScreenReaders() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long care = PlanFixture.offer(jdbc, "DOMICILIARY_CARE", "HOUR", "21.40", false);
        PlanSteps p = PlanSteps.create(mvc, jdbc, s);
        p.service("DOMICILIARY_CARE", care, "2", today, null).andExpect(status().isOk());
        p.unmet("RESPITE", today);
        p.change("/support", "{\"outcomeId\":%d,\"source\":\"FAMILY\",\"who\":\"Daughter\",\"what\":\"Shops\"}".formatted(p.outcome()))
                .andExpect(status().isOk());
        p.change("/risks", "{\"risk\":\"Falls at night\",\"level\":\"LOW\",\"management\":\"Rails\"}").andExpect(status().isOk());
        String view = mvc.perform(get("/plans/" + p.plan()).param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(view).contains("Remove <span class=\"govuk-visually-hidden\">Domiciliary care for outcome 1, from ")
                .contains("No longer needed <span class=\"govuk-visually-hidden\">Respite care for outcome 1")
                .contains("<span class=\"govuk-visually-hidden\">help from Family for outcome 1</span>")
                .contains("<span class=\"govuk-visually-hidden\">risk 1: Falls at night</span>");
    }
}
