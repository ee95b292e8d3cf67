package cymru.gofal.browser;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.Cookie;
import org.springframework.jdbc.core.simple.JdbcClient;

import cymru.gofal.people.PeopleFixture;

/**
 * What the performance journey needs before and beside the browser, written with SQL as the indicator tests write
 * theirs: a children's team of the journey's own in the demo council, and three children referred to it on the first
 * Monday of the last complete quarter, so SCC/006 counts them: one decided the same day (in time), one decided three
 * days later and one never decided (both past their due day: overdue, not in the numerator). The senior manager is
 * made staff of the team for the journey when not staff already, so a commentary shows its writer's name; the username
 * is taken off that row after it. Also the pack's downloads, fetched with the browser's cookies and read.
 */
final class PerformanceJourneySetup {

    private static final long COUNCIL = 1;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final JdbcClient jdbc;
    private final String unique = PeopleFixture.unique();
    private final List<Long> linked = new ArrayList<>();

    long team;
    String teamName;
    String inTime;
    String decidedLate;
    long decidedLateReferral;
    String undecided;
    String writer;

    PerformanceJourneySetup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The team and its three referrals received on the first Monday of {@code quarterStart}'s quarter. */
    void referrals(LocalDate quarterStart) {
        String code = "PJ-" + unique.toUpperCase(Locale.ROOT).substring(1, 11);
        teamName = "Children's duty " + code;
        team = jdbc.sql("""
                INSERT INTO team (authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by)
                VALUES (?, ?, ?, 'Dyletswydd plant ' || ?, 'CHILDREN', 'CHILDREN', 5, 'test', 'test') RETURNING id""")
                .params(COUNCIL, code, teamName, code).query(Long.class).single();
        LocalDate received = receivedOn(quarterStart);
        LocalDate due = received.plusDays(1);
        inTime = "Cadi Prydderch-" + unique;
        referral(child("Cadi", "Prydderch-" + unique, "FEMALE"), received, due, received);
        decidedLate = "Osian Bowen-" + unique;
        decidedLateReferral = referral(child("Osian", "Bowen-" + unique, "MALE"), received, due, received.plusDays(3));
        undecided = "Mabli Tudur-" + unique;
        referral(child("Mabli", "Tudur-" + unique, "FEMALE"), received, due, null);
    }

    /** The senior manager's name as staff: their staff row's, or a new row's in the journey's team. */
    void writer() {
        Long existing = jdbc.sql("SELECT id FROM staff WHERE authority_id = ? AND lower(username) = 'senior.manager'").param(COUNCIL)
                .query(Long.class).optional().orElse(null);
        long id = existing != null ? existing : jdbc.sql("""
                INSERT INTO staff (authority_id, username, given_names, family_name, role, team_id, hours_per_week, started_on, created_by, updated_by)
                VALUES (?, 'senior.manager', 'Eirlys', ?, 'SENIOR_MANAGER', ?, 37, DATE '2001-01-01', 'test', 'test') RETURNING id""")
                .params(COUNCIL, "Vaughan-" + unique, team).query(Long.class).single();
        if (existing == null) {
            linked.add(id);
        }
        writer = jdbc.sql("SELECT given_names || ' ' || family_name FROM staff WHERE id = ?").param(id).query(String.class).single();
    }

    /**
     * Removes the council's target of SCC/006 for the financial year, so the page sets it afresh: its form sends no
     * version, so it can set a target only where none is set.
     */
    void noTarget(int financialYear) {
        jdbc.sql("DELETE FROM indicator_target WHERE authority_id = ? AND indicator_code = 'SCC/006' AND financial_year = ? AND quarter IS NULL")
                .params(COUNCIL, financialYear).update();
    }

    /** Takes the senior manager's username off the staff row made for the journey. */
    void unlink() {
        for (long id : linked) {
            jdbc.sql("UPDATE staff SET username = NULL WHERE id = ?").param(id).update();
        }
        linked.clear();
    }

    /** GETs the address as the browser would, with its cookies (the session among them). */
    HttpResponse<byte[]> fetch(String url, Set<Cookie> cookies) throws Exception {
        String cookie = cookies.stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The day the referrals were received: the first Monday of the quarter. */
    static LocalDate receivedOn(LocalDate quarterStart) {
        return quarterStart.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }

    /** A PDF's text, its white space run together. */
    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The text of every cell of every sheet of a workbook, as shown. */
    static List<String> cellTexts(byte[] workbook) throws Exception {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        texts.add(formatter.formatCellValue(cell));
                    }
                }
            }
        }
        return texts;
    }

    private long child(String given, String family, String gender) {
        return jdbc.sql("""
                INSERT INTO person (authority_id, given_names, family_name, date_of_birth, gender, search_key, created_by, updated_by)
                VALUES (?, ?, ?, DATE '2016-03-14', ?, lower(? || ' ' || ?), 'test', 'test') RETURNING id""")
                .params(COUNCIL, given, family, gender, given, family).query(Long.class).single();
    }

    /** A children's referral to the team by the family's GP; decided (for an initial assessment by the team) or not. */
    private long referral(long person, LocalDate received, LocalDate due, LocalDate decided) {
        return jdbc.sql("""
                INSERT INTO referral (authority_id, person_id, source, route, priority, reason, received_at, received_on,
                       screening_team_id, response_rule, response_due, decision_rule, decision_due, re_referral,
                       outcome, assessment_team_id, decision_reason, decided_at, decided_on, decided_by, recorded_by)
                VALUES (:a, :p, 'GP', 'CHILDREN', 'STANDARD', 'The school nurse is worried about bruising and missed days',
                       (:on::date + TIME '09:30') AT TIME ZONE 'Europe/London', :on, :t, 'REFERRAL_RESPONSE_STANDARD', :on::date + 20,
                       'REFERRAL_DECISION', :due, FALSE,
                       CASE WHEN :decided::date IS NOT NULL THEN 'ASSESSMENT' END, CASE WHEN :decided::date IS NOT NULL THEN :t END,
                       CASE WHEN :decided::date IS NOT NULL THEN 'Initial assessment by the duty team' END,
                       (:decided::date + TIME '16:00') AT TIME ZONE 'Europe/London', :decided,
                       CASE WHEN :decided::date IS NOT NULL THEN 'team.manager' END, 'practitioner')
                RETURNING id""")
                .param("a", COUNCIL).param("p", person).param("on", received).param("t", team).param("due", due).param("decided", decided)
                .query(Long.class).single();
    }
}
