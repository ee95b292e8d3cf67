package cymru.gofal.platform.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The rule engine over HTTP: rules are data per regime; due dates count the council's working days. */
@IntegrationTest
class TimescalesApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void bothRegimesAreSeeded() throws Exception {
        mvc.perform(get("/api/timescales/regimes").with(DemoLogins.as("practitioner"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'WALES_2007')]").exists())
                .andExpect(jsonPath("$[?(@.code == 'WALES_2016')]").exists());
    }

    @Test
    void childAssessmentUnderTheActIsDueFortyTwoWorkingDaysFromReferral() throws Exception {
        // WALES_2016 CHILD_ASSESSMENT: 42 working days from referral (domain.md 1b). Referral Wed 24 Mar 2027;
        // Good Friday, Easter Monday and the early May bank holiday (3 May) are skipped: due Wed 26 May 2027.
        mvc.perform(get("/api/timescales/regimes/WALES_2016/rules/CHILD_ASSESSMENT/status")
                        .param("start", "2027-03-24").param("asOf", "2027-05-27").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.due").value("2027-05-26"))
                .andExpect(jsonPath("$.state").value("OVERDUE")).andExpect(jsonPath("$.overdue").value(true));
    }

    @Test
    void initialAssessmentUnderThe2007RulesIsSevenWorkingDays() throws Exception {
        mvc.perform(get("/api/timescales/regimes/WALES_2007/rules/INITIAL_ASSESSMENT/status")
                        .param("start", "2027-03-24").param("stopped", "2027-04-02").param("asOf", "2027-04-20")
                        .with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.due").value("2027-04-06"))
                .andExpect(jsonPath("$.state").value("MET"));
    }

    @Test
    void unknownRulesAre404AndBadDatesAre400() throws Exception {
        mvc.perform(get("/api/timescales/regimes/WALES_2016/rules/NO_SUCH_RULE/status").param("start", "2027-01-01")
                .param("asOf", "2027-01-02").with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/timescales/regimes/WALES_2016/rules/CHILD_ASSESSMENT/status").param("start", "2027-02-29")
                        .param("asOf", "2027-03-02").with(DemoLogins.as("practitioner")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("start"));
        mvc.perform(get("/api/timescales/regimes/WALES_2016/rules/CHILD_ASSESSMENT/status").param("start", "2027-03-01")
                        .param("asOf", "2027-02-01").with(DemoLogins.as("practitioner")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("asOf"));
    }
}
