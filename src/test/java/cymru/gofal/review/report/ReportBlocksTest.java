package cymru.gofal.review.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.gofal.review.report.ReportView.Block;
import cymru.gofal.review.report.ReportView.Item;
import cymru.gofal.review.report.ReportView.Text;

import static org.assertj.core.api.Assertions.assertThat;

class ReportBlocksTest {

    @Test
    void paragraphsBulletsAndFootnotesAreTheirOwnBlocks() {
        List<Block> blocks = ReportBlocks.of("""
                The review asks:

                - how good are the services?
                - how well placed is the Council?

                ¹ A footnote.

                Last words.""", "en");
        assertThat(blocks).extracting(Block::kind).containsExactly("PARAGRAPH", "LIST", "FOOTNOTE", "PARAGRAPH");
        assertThat(blocks.get(1).items()).extracting(i -> i.text().text())
                .containsExactly("how good are the services?", "how well placed is the Council?");
        assertThat(blocks.get(3).text()).isEqualTo(new Text("Last words.", "en"));
    }

    @Test
    void bulletsSeparatedOnlyByBlankLinesStayOneList() {
        List<Block> blocks = ReportBlocks.of("Links between:\n\n- the first; and\n\n- the second.", "cy");
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(1).items()).hasSize(2);
        assertThat(blocks.get(1).items().get(0).text().lang()).isEqualTo("cy");
    }

    @Test
    void nothingWrittenIsNoBlocks() {
        assertThat(ReportBlocks.of(null, "en")).isEmpty();
        assertThat(ReportBlocks.of("  \n ", "en")).isEmpty();
    }

    record Row(int indent, String text) {
    }

    @Test
    void indentedItemsGoUnderTheItemBeforeThem() {
        List<Item> items = ReportBlocks.nest(List.of(new Row(0, "a"), new Row(0, "b:"), new Row(1, "b1"), new Row(1, "b2"), new Row(0, "c")),
                Row::indent, r -> new Text(r.text(), "en"));
        assertThat(items).extracting(i -> i.text().text()).containsExactly("a", "b:", "c");
        assertThat(items.get(1).children()).extracting(i -> i.text().text()).containsExactly("b1", "b2");
        assertThat(items.get(0).children()).isEmpty();
    }

    @Test
    void proseFindingsAreParagraphsWithTheirIndentedItemsAsALists() {
        List<Block> blocks = ReportBlocks.prose(List.of(new Row(0, "Impressed by:"), new Row(1, "x"), new Row(1, "y"), new Row(0, "More.")),
                Row::indent, r -> new Text(r.text(), "en"));
        assertThat(blocks).extracting(Block::kind).containsExactly("PARAGRAPH", "LIST", "PARAGRAPH");
        assertThat(blocks.get(1).items()).hasSize(2);
    }
}
