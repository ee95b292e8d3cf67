package cymru.gofal.performance;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.performance.internal.BenchmarkFile;
import cymru.gofal.performance.internal.Benchmarks;
import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.Indicators;
import cymru.gofal.performance.internal.Period;
import cymru.gofal.performance.internal.Tally;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;
import cymru.gofal.workforce.Workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The quarterly business review pack (issue 6 point 6): the page, its PDF and XLSX, each download audited. Records
 * are a team's of the test's own in April to June 2004 (the quarter 2004-Q1) in the demo council, with a commentary
 * written for that quarter; expected figures come from the Indicators service, so other tests' rows cannot upset them.
 */
@IntegrationTest
class ReviewPackTest {

    static final String QUARTER = "2004-Q1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Indicators indicators;
    @Autowired
    Workforce workforce;
    @Autowired
    UserDetailsService users;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Benchmarks benchmarks;

    String commentary;

    @BeforeEach
    void recordsAndACommentary() {
        PerformanceFixture f = PerformanceFixture.ofDemoCouncil(jdbc);
        long team = f.team();
        LocalDate day = LocalDate.of(2004, 5, 10);
        f.referral(team, f.child(), "CHILDREN", day, day.plusDays(1), day.plusDays(1), null);
        f.referral(team, f.child(), "CHILDREN", day, day.plusDays(1), day.plusDays(5), null);
        f.referral(team, f.child(), "CHILDREN", day, day.plusDays(1), day.plusDays(1), null);
        commentary = "Pack test " + PerformanceFixture.unique() + ": the duty rota held up through May.";
        jdbc.sql("""
                INSERT INTO indicator_commentary (authority_id, indicator_code, financial_year, quarter, body, written_by)
                VALUES (1, 'SCC/006', 2004, 1, :b, 'team.manager')
                ON CONFLICT (authority_id, indicator_code, financial_year, quarter) DO UPDATE SET body = EXCLUDED.body,
                       written_by = EXCLUDED.written_by, version = indicator_commentary.version + 1""")
                .param("b", commentary).update();
    }

    @Test
    void thePackPageListsEveryServiceAndIndicatorWithTheQuartersValueAndCommentaryAndWhoWroteIt() throws Exception {
        Indicator scc006 = asSeniorManager(() -> indicators.find("SCC/006").orElseThrow());
        BigDecimal value = quarterTally(scc006).value(scc006);
        String writer = asSeniorManager(() -> tx.execute(s -> workforce.namesByUsername(1, List.of("team.manager")))).get("team.manager");
        var page = mvc.perform(get("/performance/pack").param("quarter", QUARTER).param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"pack-adults\"")))
                .andExpect(content().string(containsString("id=\"pack-children\"")))
                .andExpect(content().string(containsString("id=\"pack-carers\"")))
                .andExpect(content().string(containsString("/performance/pack.pdf?quarter=2004-Q1")))
                .andExpect(content().string(containsString("/performance/pack.xlsx?quarter=2004-Q1")))
                .andExpect(content().string(containsString(commentary)))
                .andExpect(content().string(containsString("Written by " + writer)))
                .andReturn().getResponse().getContentAsString();
        for (String code : jdbc.sql("SELECT code FROM indicator WHERE service_area IN ('ADULTS','CHILDREN','CARERS')").query(String.class).list()) {
            assertThat(page).contains("id=\"pack-line-" + code.replace('/', '-') + "\"");
        }
        String line = page.substring(page.indexOf("id=\"pack-line-SCC-006\""));
        assertThat(line.substring(0, line.indexOf("</tr>"))).contains(">" + value.toPlainString() + "%<");
    }

    @Test
    void withoutAQuarterThePackIsOfTheLastCompleteQuarter() throws Exception {
        Period last = Period.quartersTo(LocalDate.now(), 2).get(0);
        String code = last.financialYear() + "-Q" + last.quarter();
        mvc.perform(get("/performance/pack").param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/performance/pack.pdf?quarter=" + code)));
    }

    @Test
    void thePdfHasAPagePerServiceTheIndicatorsAndTheCommentaryAndItsDownloadIsAudited() throws Exception {
        long before = exports(QUARTER + ".pdf");
        byte[] pdf = mvc.perform(get("/performance/pack.pdf").param("quarter", QUARTER).param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"quarterly-business-review-2004-Q1.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("SCC/006", "PM23", "SCA/018a", "Adults", "Children", "Carers");
            assertThat(text.replaceAll("\\s+", " ")).contains(commentary);
        }
        assertThat(exports(QUARTER + ".pdf")).isEqualTo(before + 1);
    }

    @Test
    void theWelshPdfIsNamedInWelshAndPrintsWelshLetters() throws Exception {
        byte[] pdf = mvc.perform(get("/performance/pack.pdf").param("quarter", QUARTER).param("lang", "cy").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"adolygiad-busnes-chwarterol-2004-Q1.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Oedolion", "Pecyn adolygiad busnes chwarterol", "grŵp");
        }
    }

    @Test
    void theWorkbookHasASheetPerServiceAndDefinitionsAndHoldsThePagesFiguresAsNumbers() throws Exception {
        Indicator scc006 = asSeniorManager(() -> indicators.find("SCC/006").orElseThrow());
        Tally tally = quarterTally(scc006);
        long before = exports(QUARTER + ".xlsx");
        byte[] xlsx = mvc.perform(get("/performance/pack.xlsx").param("quarter", QUARTER).param("lang", "en").with(DemoLogins.as("finance.officer")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"quarterly-business-review-2004-Q1.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("Adults", "Children", "Carers", "Definitions");
            Sheet children = book.getSheet("Children");
            Row header = children.getRow(0);
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(children.getColumnWidth(1)).isGreaterThan(children.getColumnWidth(2));
            Row row = rowOf(children, "SCC/006");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(tally.numerator());
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(tally.denominator());
            Cell value = row.getCell(4);
            assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(BigDecimal.valueOf(value.getNumericCellValue()).movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP))
                    .isEqualByComparingTo(tally.value(scc006));
            assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(8 + 7).getNumericCellValue()).isEqualTo(value.getNumericCellValue());
            assertThat(header.getCell(8 + 7).getStringCellValue()).isEqualTo("Q1 2004-05");
            boolean noted = false;
            for (Cell c : row) {
                noted |= c.getCellType() == CellType.STRING && c.getStringCellValue().equals(commentary);
            }
            assertThat(noted).isTrue();
            assertThat(rowOf(book.getSheet("Definitions"), "SCC/006").getCell(3).getStringCellValue()).isEqualTo(scc006.definitionEn());
        }
        assertThat(exports(QUARTER + ".xlsx")).isEqualTo(before + 1);
    }

    @Test
    void theBenchmarkIsAgainstTheFirstComparisonGroupInTheLastCompleteYearWithTheCouncilsOwnWholeYearFigure() throws Exception {
        String name = "0 Pack review group";
        PerformanceFixture f = PerformanceFixture.ofDemoCouncil(jdbc);
        LocalDate day = LocalDate.of(2003, 11, 10);
        f.referral(f.team(), f.child(), "CHILDREN", day, day.plusDays(1), day.plusDays(1), null);
        benchmarks.store(1, List.of(new BenchmarkFile.Row("Pack North", "SCC/006", 2003, new BigDecimal("90.0")),
                new BenchmarkFile.Row("Pack South", "SCC/006", 2003, new BigDecimal("50.0")),
                new BenchmarkFile.Row("Pack North", "SCC/006", 2004, new BigDecimal("10.0")),
                new BenchmarkFile.Row("Pack South", "SCC/006", 2004, new BigDecimal("11.0"))), "test");
        benchmarks.createGroup(1, name, List.of("Pack North", "Pack South"), "test");
        Benchmarks.Group group = benchmarks.groups(1).get(0);
        assertThat(group.name()).isEqualTo(name);
        Indicator scc006 = asSeniorManager(() -> indicators.find("SCC/006").orElseThrow());
        String council = jdbc.sql("SELECT name_en FROM authority WHERE id = 1").query(String.class).single();
        // 2004-Q1 ends inside 2004-05, so the last complete year is 2003-04: the council's whole 2003-04 against the group's.
        BigDecimal ours = tally(scc006, LocalDate.of(2003, 4, 1), LocalDate.of(2004, 3, 31)).value(scc006);
        Benchmarks.Comparison expected = benchmarks.compare(1, scc006, group, 2003, council, ours);
        String page = mvc.perform(get("/performance/pack").param("quarter", QUARTER).param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("compare the council with the group " + name + " in the latest financial year up to 2003-04")))
                .andReturn().getResponse().getContentAsString();
        String line = page.substring(page.indexOf("id=\"pack-line-SCC-006\""));
        assertThat(line.substring(0, line.indexOf("</tr>"))).contains("Rank " + expected.rank() + " of 3 (2003-04: council " + ours.toPlainString() + "%)", "group median");
        byte[] xlsx = mvc.perform(get("/performance/pack.xlsx").param("quarter", QUARTER).param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = rowOf(book.getSheet("Children"), "SCC/006");
            int b = 8 + 8;
            assertThat(row.getCell(b).getStringCellValue()).isEqualTo(name);
            assertThat(row.getCell(b + 1).getStringCellValue()).isEqualTo("2003-04");
            assertThat(row.getCell(b + 2).getNumericCellValue()).isEqualTo(expected.rank().doubleValue());
            assertThat(row.getCell(b + 3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(row.getCell(b + 4).getNumericCellValue()).isEqualTo(expected.quartile().doubleValue());
            assertThat(row.getCell(b + 5).getNumericCellValue()).isEqualTo(expected.median().movePointLeft(2).doubleValue());
        }
        // The fourth quarter ends with its year, so 2004-Q4's pack compares the whole of 2004-05.
        mvc.perform(get("/performance/pack").param("quarter", "2004-Q4").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("in the latest financial year up to 2004-05")))
                .andExpect(content().string(containsString(" of 3 (2004-05: council ")));
    }

    @Test
    void aBadQuarterIsA400PageSayingWhichQuartersMayBeChosen() throws Exception {
        mvc.perform(get("/performance/pack").param("quarter", "2004-Q5").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the quarter as the financial year and quarter, for example")))
                .andExpect(content().string(containsString("href=\"#quarter\"")));
        mvc.perform(get("/performance/pack").param("quarter", "1999-Q1").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a quarter from 2000-Q1 onwards")));
        int next = Period.yearOf(LocalDate.now()).financialYear() + 1;
        mvc.perform(get("/performance/pack.pdf").param("quarter", next + "-Q1").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a quarter that has ended")));
        mvc.perform(get("/performance/pack.xlsx").param("quarter", "x").param("lang", "cy").with(DemoLogins.as("councillor")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Rhowch y chwarter")));
    }

    private Tally quarterTally(Indicator indicator) {
        return tally(indicator, LocalDate.of(2004, 4, 1), LocalDate.of(2004, 6, 30));
    }

    private Tally tally(Indicator indicator, LocalDate from, LocalDate to) {
        return asSeniorManager(() -> indicators.tally(indicator, from, to, null));
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && code.equals(r.getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("No row for " + code + " in " + sheet.getSheetName());
    }

    private long exports(String recordId) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND record_type = 'performance_pack' AND record_id = :r")
                .param("r", recordId).query(Long.class).single();
    }

    /** Calls a service as the demo senior manager (services read the council from the signed-in user). */
    private <T> T asSeniorManager(java.util.function.Supplier<T> call) {
        UserDetails user = users.loadUserByUsername("senior.manager");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
