package cymru.gofal.performance;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.performance.internal.BenchmarkFile;
import cymru.gofal.performance.internal.Benchmarks;
import cymru.gofal.performance.internal.IndicatorCatalogue;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Benchmarking (issue 6 point 4): the CSV import, comparison groups, and rank, quartile and median. */
@IntegrationTest
class BenchmarkTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Benchmarks benchmarks;
    @Autowired
    IndicatorCatalogue catalogue;

    @Test
    void aFileWithAnyBadRowIsRefusedWholeNamingEachLine() throws Exception {
        List<FormError> problems = new ArrayList<>();
        String csv = "Council,Indicator,Period,Value\nTorfaen,SCC/006,2025-26,91.24\nBlaenau Gwent,NOPE,2025-26,80\n"
                + "Caerphilly,SCC/006,2025-27,80\nNewport,SCC/006,2025/26,-3\n";
        List<BenchmarkFile.Row> rows = BenchmarkFile.read(new StringReader(csv), Set.of("SCC/006"), 2025, problems);
        assertThat(rows).isEmpty();
        assertThat(problems).extracting(FormError::messageKey).containsExactly("performance.benchmark.error.indicator",
                "performance.benchmark.error.period", "performance.benchmark.error.value");
        assertThat(problems.get(0).args()).containsExactly(3L, "NOPE");
    }

    @Test
    void aRepeatedValueOrAYearNotYetEndedIsRefusedNamingTheLine() throws Exception {
        List<FormError> problems = new ArrayList<>();
        String csv = "council,indicator,period,value\nTorfaen,SCC/006,2024-25,91\ntorfaen,SCC/006,2024-25,92\nNewport,SCC/006,2026-27,80\n";
        assertThat(BenchmarkFile.read(new StringReader(csv), Set.of("SCC/006"), 2025, problems)).isEmpty();
        assertThat(problems).extracting(FormError::messageKey).containsExactly("performance.benchmark.error.duplicate",
                "performance.benchmark.error.notEnded");
        assertThat(problems.get(1).args()).containsExactly(4L, "2026-27");
    }

    @Test
    void aSpreadsheetsUtf8FileWithAByteOrderMarkIsReadAndAnotherEncodingIsRefused() throws Exception {
        String tag = PerformanceFixture.unique();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ("council,indicator,period,value\nYnys Môn " + tag + ",PM24,2001-02,70\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        mvc.perform(multipart("/performance/benchmarks/import").file(new MockMultipartFile("file", "v.csv", "text/csv", file))
                .with(csrf()).with(DemoLogins.as("senior.manager"))).andExpect(flash().attribute("saved", "performance.benchmark.imported"));
        assertThat(jdbc.sql("SELECT count(*) FROM benchmark_value WHERE council_name = :n").param("n", "Ynys Môn " + tag)
                .query(Long.class).single()).isEqualTo(1);
        byte[] latin1 = ("council,indicator,period,value\nYnys Môn " + tag + ",PM24,2002-03,70\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/performance/benchmarks/import").file(new MockMultipartFile("file", "w.csv", "text/csv", latin1))
                .with(csrf()).with(DemoLogins.as("senior.manager"))).andExpect(flash().attribute("errors", hasSize(1)));
    }

    @Test
    void periodsAreFinancialYearsWrittenEitherWayAndValuesRoundToOneDecimalPlace() throws Exception {
        List<FormError> problems = new ArrayList<>();
        String csv = "value,period,indicator,council\n91.25,2025-26,SCC/006,Torfaen\n7,2024/2025,SCC/006,Newport\n";
        List<BenchmarkFile.Row> rows = BenchmarkFile.read(new StringReader(csv), Set.of("SCC/006"), 2025, problems);
        assertThat(problems).isEmpty();
        assertThat(rows).containsExactly(new BenchmarkFile.Row("Torfaen", "SCC/006", 2025, new BigDecimal("91.3")),
                new BenchmarkFile.Row("Newport", "SCC/006", 2024, new BigDecimal("7.0")));
    }

    @Test
    void theCouncilIsRankedAmongItsGroupByPolarityWithEqualValuesSharingARank() {
        String group = "Group " + PerformanceFixture.unique();
        List<String> members = List.of(group + " A", group + " B", group + " C", group + " D");
        List<BenchmarkFile.Row> rows = List.of(new BenchmarkFile.Row(members.get(0), "SCC/006", 2030, new BigDecimal("90.0")),
                new BenchmarkFile.Row(members.get(1), "SCC/006", 2030, new BigDecimal("80.0")),
                new BenchmarkFile.Row(members.get(2), "SCC/006", 2030, new BigDecimal("80.0")),
                new BenchmarkFile.Row(members.get(3), "SCC/006", 2030, new BigDecimal("60.0")),
                new BenchmarkFile.Row(members.get(0), "SCC/010", 2030, new BigDecimal("10.0")));
        benchmarks.store(1, rows, "test");
        benchmarks.createGroup(1, group, members, "test");
        Benchmarks.Group g = benchmarks.groups(1).stream().filter(x -> x.name().equals(group)).findFirst().orElseThrow();
        var higher = benchmarks.compare(1, catalogue.find("SCC/006").orElseThrow(), g, 2030, "Test council", new BigDecimal("85.0"));
        assertThat(higher.rank()).isEqualTo(2);
        assertThat(higher.of()).isEqualTo(5);
        assertThat(higher.quartile()).as("rank 2 of 5: floor(1 x 4 / 5) + 1").isEqualTo(1);
        assertThat(higher.median()).isEqualByComparingTo("80");
        assertThat(higher.entries()).extracting(Benchmarks.Entry::rank).containsExactly(1, 2, 3, 3, 5);
        var lower = benchmarks.compare(1, catalogue.find("SCC/010").orElseThrow(), g, 2030, "Test council", new BigDecimal("12.0"));
        assertThat(lower.rank()).isEqualTo(2);
        assertThat(lower.quartile()).as("rank 2 of 2: floor(1 x 4 / 2) + 1").isEqualTo(3);
        assertThat(lower.median()).isEqualByComparingTo("11");
    }

    @Test
    void aSeniorManagerImportsAFileAndMakesAGroupThatTheIndicatorPageThenCompares() throws Exception {
        String tag = PerformanceFixture.unique();
        String csv = "council,indicator,period,value\nNorth " + tag + ",PM24,2001-02,70\nSouth " + tag + ",PM24,2001-02,90\n";
        mvc.perform(multipart("/performance/benchmarks/import").file(new MockMultipartFile("file", "values.csv", "text/csv", csv.getBytes()))
                        .with(csrf()).with(DemoLogins.as("senior.manager")))
                .andExpect(flash().attribute("saved", "performance.benchmark.imported"));
        mvc.perform(multipart("/performance/benchmarks/import").file(new MockMultipartFile("file", "bad.csv", "text/csv", "a,b\n1,2\n".getBytes()))
                        .with(csrf()).with(DemoLogins.as("senior.manager")))
                .andExpect(flash().attribute("errors", hasSize(4)));
        mvc.perform(post("/performance/benchmarks/groups").param("name", "Family " + tag).param("members", "North " + tag, "South " + tag)
                .with(csrf()).with(DemoLogins.as("senior.manager"))).andExpect(flash().attribute("saved", "performance.group.saved"));
        mvc.perform(post("/performance/benchmarks/groups").param("name", "Family " + tag).param("members", "North " + tag)
                .with(csrf()).with(DemoLogins.as("senior.manager"))).andExpect(flash().attribute("errors", hasSize(1)));
        long group = jdbc.sql("SELECT id FROM comparison_group WHERE name = :n").param("n", "Family " + tag).query(Long.class).single();
        mvc.perform(get("/performance/indicator").param("code", "PM24").param("group", String.valueOf(group)).param("lang", "en")
                        .with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"benchmark-table\"")))
                .andExpect(content().string(containsString("South " + tag)))
                .andExpect(content().string(containsString("financial year 2001-02")));
        mvc.perform(get("/performance/benchmarks").with(DemoLogins.as("team.manager"))).andExpect(status().isForbidden());
    }
}
