package cymru.gofal.review.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed report's parser finds what the report holds, so the report tests that use it cannot pass vacuously. */
class SeedReportTest {

    @Test
    void theSeedHasSixRatingTablesOfFourteenAreasEachRatedOnce() throws Exception {
        List<SeedReport.Table> tables = SeedReport.load().ratingTables();
        assertThat(tables).extracting(SeedReport.Table::theme).containsExactly("Theme 1: Getting help",
                "Theme 2: The services provided", "Theme 3: The effect on people's lives", "Theme 1: Shaping services",
                "Theme 2: Delivering social services", "Theme 3: Providing direction for social services");
        assertThat(tables).extracting(SeedReport.Table::question).containsExactly(1, 1, 1, 2, 2, 2);
        assertThat(tables.get(0).levels()).containsExactly("Poor", "Inconsistent", "Mainly good", "Excellent");
        assertThat(tables.get(3).levels()).containsExactly("Badly placed", "Uncertainly placed", "Well placed", "Strongly placed");
        assertThat(tables.stream().mapToInt(t -> t.rows().size()).sum()).isEqualTo(14);
        assertThat(tables).flatMap(SeedReport.Table::rows).allSatisfy(r -> assertThat(r.column()).isBetween(1, 4));
        assertThat(tables.get(0).rows()).containsExactly(new SeedReport.Row("Access", 3), new SeedReport.Row("Assessment", 3),
                new SeedReport.Row("Care Management", 2));
    }

    @Test
    void theSeedHasTwoJudgementParagraphsAndThreePriorities() throws Exception {
        SeedReport seed = SeedReport.load();
        assertThat(seed.overallJudgement()).hasSize(2);
        assertThat(seed.overallJudgement().get(0)).endsWith("On balance, Reviewers judged services as mainly good.");
        assertThat(seed.priorities()).extracting(SeedReport.Priority::number).containsExactly(1, 2, 3);
        assertThat(seed.priorities().get(2).title()).isEqualTo("Using all the levers of change to get more from the resources invested in social services.");
    }
}
