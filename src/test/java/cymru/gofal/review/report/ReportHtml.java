package cymru.gofal.review.report;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The rating tables of a generated report page, read back as the seed's tables are: per theme heading (h4 with id
 * theme-{question}-{theme}) the table after it, its level headers and per area row the column holding the bullet.
 * The report's tables are well-formed XML (the PDF needs them so), which lets the test parse them without an HTML library.
 */
final class ReportHtml {

    private static final Pattern THEME = Pattern.compile(
            "<h4[^>]*id=\"theme-(\\d+)-\\d+\"[^>]*>(.*?)</h4>\\s*(<table[^>]*review-report-ratings.*?</table>)", Pattern.DOTALL);

    private ReportHtml() {
    }

    static List<SeedReport.Table> ratingTables(String html) throws Exception {
        List<SeedReport.Table> tables = new ArrayList<>();
        Matcher m = THEME.matcher(html);
        while (m.find()) {
            Element table = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(m.group(3)))).getDocumentElement();
            Element head = (Element) table.getElementsByTagName("thead").item(0);
            NodeList headers = head.getElementsByTagName("th");
            List<String> levels = new ArrayList<>();
            for (int k = 1; k < headers.getLength(); k++) {
                levels.add(headers.item(k).getTextContent().strip());
            }
            List<SeedReport.Row> rows = new ArrayList<>();
            NodeList trs = ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
            for (int r = 0; r < trs.getLength(); r++) {
                Element tr = (Element) trs.item(r);
                NodeList tds = tr.getElementsByTagName("td");
                int column = 0;
                for (int c = 0; c < tds.getLength(); c++) {
                    if (tds.item(c).getTextContent().contains(SeedReport.BULLET)) {
                        column = c + 1;
                    }
                }
                rows.add(new SeedReport.Row(tr.getElementsByTagName("th").item(0).getTextContent().strip(), column));
            }
            tables.add(new SeedReport.Table(Integer.parseInt(m.group(1)), unescape(m.group(2).strip()), List.copyOf(levels), List.copyOf(rows)));
        }
        return tables;
    }

    /** Text of the page with tags removed and Thymeleaf's escapes undone, spaces collapsed. */
    static String text(String html) {
        return unescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
    }

    static String unescape(String s) {
        return s.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
