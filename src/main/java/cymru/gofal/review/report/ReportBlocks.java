package cymru.gofal.review.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import cymru.gofal.review.report.ReportView.Block;
import cymru.gofal.review.report.ReportView.Item;
import cymru.gofal.review.report.ReportView.Text;

/**
 * Review texts into report blocks. A narrative is paragraphs separated by blank lines; lines starting "- " are
 * bullets (bullets separated only by blank lines stay one list, as printed); a paragraph starting with a superscript
 * number is a footnote. Findings and actions carry an indent: 1 = a sub-item of the indent-0 item before it.
 */
final class ReportBlocks {

    private static final String FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹";

    private ReportBlocks() {
    }

    static List<Block> of(String text, String lang) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        StringBuilder paragraph = new StringBuilder();
        List<Item> bullets = new ArrayList<>();
        for (String raw : text.strip().split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("- ")) {
                flushParagraph(blocks, paragraph, lang);
                bullets.add(new Item(new Text(line.substring(2).strip(), lang), List.of()));
            } else if (line.isEmpty()) {
                flushParagraph(blocks, paragraph, lang);
            } else {
                flushList(blocks, bullets);
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
            }
        }
        flushParagraph(blocks, paragraph, lang);
        flushList(blocks, bullets);
        return blocks;
    }

    /** Items with indents into a tree: an indent-1 item goes under the nearest indent-0 item before it. */
    static <T> List<Item> nest(List<T> rows, ToIntFunction<T> indent, java.util.function.Function<T, Text> text) {
        List<Item> top = new ArrayList<>();
        List<List<Item>> children = new ArrayList<>();
        for (T row : rows) {
            if (indent.applyAsInt(row) > 0 && !top.isEmpty()) {
                children.get(children.size() - 1).add(new Item(text.apply(row), List.of()));
            } else {
                top.add(new Item(text.apply(row), List.of()));
                children.add(new ArrayList<>());
            }
        }
        List<Item> out = new ArrayList<>();
        for (int k = 0; k < top.size(); k++) {
            out.add(new Item(top.get(k).text(), List.copyOf(children.get(k))));
        }
        return out;
    }

    /** Prose findings (key findings): indent-0 items are paragraphs, the indent-1 items after one its bullet list. */
    static <T> List<Block> prose(List<T> rows, ToIntFunction<T> indent, java.util.function.Function<T, Text> text) {
        List<Block> blocks = new ArrayList<>();
        List<Item> bullets = new ArrayList<>();
        for (T row : rows) {
            if (indent.applyAsInt(row) > 0) {
                bullets.add(new Item(text.apply(row), List.of()));
            } else {
                flushList(blocks, bullets);
                blocks.add(new Block("PARAGRAPH", text.apply(row), List.of()));
            }
        }
        flushList(blocks, bullets);
        return blocks;
    }

    private static void flushParagraph(List<Block> blocks, StringBuilder paragraph, String lang) {
        if (!paragraph.isEmpty()) {
            String p = paragraph.toString();
            blocks.add(new Block(FOOTNOTE_MARKS.indexOf(p.charAt(0)) >= 0 ? "FOOTNOTE" : "PARAGRAPH", new Text(p, lang), List.of()));
            paragraph.setLength(0);
        }
    }

    private static void flushList(List<Block> blocks, List<Item> bullets) {
        if (!bullets.isEmpty()) {
            blocks.add(new Block("LIST", null, List.copyOf(bullets)));
            bullets.clear();
        }
    }
}
