package cymru.gofal.platform.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar API contract (issue: foundation, point 6): {@code add} answers the days-th working day after
 * from (from is day 0); {@code between} the working days after from up to and including to. Bad input is a
 * 400 problem naming the field. Public: no sign-in needed.
 */
@IntegrationTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // Good Friday 26 Mar and Easter Monday 29 Mar 2027 are skipped.
            "2027-03-24, 15, 2027-04-16",
            "2027-03-24, 0, 2027-03-24",
            "2027-03-24, 1, 2027-03-25",
            "2027-03-24, 2, 2027-03-30",
            // Christmas 2021 on a Saturday: substitutes Mon 27 and Tue 28 Dec; New Year substitute Mon 3 Jan 2022.
            "2021-12-24, 1, 2021-12-29",
            "2021-12-31, 1, 2022-01-04",
            // A Saturday start: day 1 is the Monday.
            "2026-11-28, 1, 2026-11-30",
            // Queen's state funeral, 19 Sep 2022 (one-off).
            "2022-09-16, 1, 2022-09-20"
    })
    void addCountsWorkingDaysAfterFrom(String from, int days, String expected) throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", from).param("days", String.valueOf(days)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date").value(expected));
    }

    @ParameterizedTest(name = "{0} to {1} = {2} working days")
    @CsvSource({
            "2027-03-24, 2027-04-16, 15",
            "2027-03-24, 2027-03-24, 0",
            "2027-04-16, 2027-03-24, -15",
            "2026-11-27, 2026-11-30, 1",
            "2026-01-01, 2026-12-31, 253"
    })
    void betweenCountsWorkingDaysAfterFromUpToAndIncludingTo(String from, String to, int expected) throws Exception {
        mvc.perform(get("/api/calendar/working-days/between").param("from", from).param("to", to))
                .andExpect(status().isOk()).andExpect(jsonPath("$.workingDays").value(expected));
    }

    @ParameterizedTest(name = "add from={0} days={1} is refused, naming {2}")
    @CsvSource(value = {
            "2027-02-30 | 5 | from",
            "2027-13-01 | 5 | from",
            "0000-01-01 | 5 | from",
            "27/03/2027 | 5 | from",
            "tomorrow | 5 | from",
            "'' | 5 | from",
            "2027-03-24 | -1 | days",
            "2027-03-24 | 99999999999999999999 | days",
            "2027-03-24 | 2147483648 | days",
            "2027-03-24 | ten | days",
            "2027-03-24 | 1.5 | days",
            "2027-03-24 | '' | days",
            "9999-12-31 | 1 | from",
            "2199-12-30 | 10000 | days"
    }, delimiter = '|')
    void badInputToAddIsAProblemNamingTheField(String from, String days, String field) throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", from).param("days", days))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    @Test
    void everyBadFieldIsNamed() throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", "2027-02-30").param("days", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[1].field").value("days"));
    }

    @Test
    void missingParametersAreProblems() throws Exception {
        mvc.perform(get("/api/calendar/working-days/add")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/calendar/working-days/between").param("from", "2027-01-01")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void problemsAreInWelshWhenAsked() throws Exception {
        mvc.perform(get("/api/calendar/working-days/add").param("from", "2027-02-30").param("days", "1").param("lang", "cy"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message", containsString("dyddiad")));
    }

    @Test
    void holidaysOfAYearAreListedWithWelshNames() throws Exception {
        mvc.perform(get("/api/calendar/holidays").param("year", "2022")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(10))
                .andExpect(jsonPath("$[?(@.date == '2022-09-19')]").exists());
    }
}
