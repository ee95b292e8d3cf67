package cymru.gofal.review.report;

import java.util.List;

/**
 * The published summary report of a review, ready to show in one language: every text is paired with the language
 * it is in ({@code lang} "en" or "cy"), so a Welsh page marks the English it falls back to. Built by
 * {@link ReportBuilder}; shown by templates/review/report/report.html on the page and in the PDF.
 *
 * @param welshNotice the page is in Welsh and the review's Welsh is Gofal's own translation, not the published text
 * @param judgements the overall judgement of each question (its level), in question order
 * @param judgementBlocks the overall judgement paragraphs, all questions, in order
 * @param challengesLead the paragraph introducing the challenges list (the judgements' last paragraph when it ends
 *        with a colon, as in the seed report, where the matrix comes between the judgement and the challenges)
 * @param matrix null when the framework has not exactly two questions
 */
public record ReportView(long reviewId, String kind, String status, boolean published, Text title, String council,
        List<Block> foreword, List<String> reviewers, List<String> layAssessors, String onsiteFrom, String onsiteTo, String findingsPresented,
        String publishedOn, boolean welshNotice, List<Judgement> judgements, List<Block> judgementBlocks, Block challengesLead,
        List<Item> challenges, List<Block> keyFindings, List<Priority> priorities, Matrix matrix, List<Question> questions) {

    /** A text and the language it is in. */
    public record Text(String text, String lang) {
    }

    /** PARAGRAPH, FOOTNOTE (a paragraph starting with a superscript number) or LIST (of items). */
    public record Block(String kind, Text text, List<Item> items) {
        public boolean list() {
            return "LIST".equals(kind);
        }

        public boolean footnote() {
            return "FOOTNOTE".equals(kind);
        }
    }

    /** A bullet with its sub-bullets (indent 1 under the indent-0 item before it). */
    public record Item(Text text, List<Item> children) {
    }

    public record Judgement(Text question, Text level) {
    }

    /** A numbered priority for action and its actions by audience (COUNCIL, SENIOR_MANAGERS, STAFF), in that order. */
    public record Priority(int number, Text title, List<Audience> audiences) {
    }

    public record Audience(String code, List<Item> actions) {
    }

    /**
     * The performance matrix: geometry for the SVG, the level names of each axis (worst first), and the rows of the
     * table form, best row first as drawn. {@code previousTitle} null when there is no previous review to show.
     */
    public record Matrix(MatrixGeometry geometry, Text columnTitle, Text rowTitle, List<Text> columns, List<Text> rows,
            List<MatrixRow> tableRows, Text currentColumn, Text currentRow, String previousTitle, Text previousColumn,
            Text previousRow) {
        public boolean placed() {
            return geometry.current() != null;
        }
    }

    /** A row of the matrix table: the row's level and, per column, whether this or the previous review is there. */
    public record MatrixRow(Text level, List<MatrixCell> cells) {
    }

    public record MatrixCell(boolean current, boolean previous) {
    }

    /** Chapter 2, one section per question: its themes, strengths and areas for development, and theme by theme. */
    public record Question(int number, Text text, List<Text> themeList, List<Item> strengths, List<Item> areasForDevelopment,
            List<Theme> themes) {
    }

    /**
     * A theme's rating table (rows = areas, columns = the question's scale's levels, worst first) and narrative.
     */
    public record Theme(int number, Text name, List<Text> levels, List<Rating> ratings, List<Block> narrative) {
    }

    /** An area's row: {@code column} is the rated level's ordinal (1 = first column), 0 when not rated. */
    public record Rating(Text area, int column, Text level) {
    }
}
