package cymru.gofal.performance.web;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of one pack workbook (a workbook's styles are its own), and its header rows and column widths. */
final class PackStyles {

    final CellStyle header;
    final CellStyle percent;
    final CellStyle count;
    final CellStyle wrap;
    final CellStyle dateTime;

    PackStyles(Workbook book) {
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
        count = book.createCellStyle();
        count.setDataFormat(book.createDataFormat().getFormat("0"));
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        dateTime = book.createCellStyle();
        dateTime.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
    }

    /** Row 0: the column names in bold, frozen above the rows. */
    void header(Sheet sheet, List<String> names) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.size(); c++) {
            row.createCell(c).setCellValue(names.get(c));
            row.getCell(c).setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Column widths in characters. */
    void widths(Sheet sheet, int[] chars) {
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, chars[c] * 256);
        }
    }
}
