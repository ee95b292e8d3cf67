package cymru.gofal.performance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cymru.gofal.performance.internal.Benchmarks;
import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.ReviewPack;
import cymru.gofal.performance.internal.Scorecard;
import cymru.gofal.platform.web.Dates;

/**
 * The pack as a workbook: a sheet per service (a row per indicator: the quarter's figures, target, status, the eight
 * quarters, benchmark and commentary) and a Definitions sheet. Figures are numbers: a percentage is stored as a
 * fraction (75.0% as 0.75) with a percentage format, a count as a whole number; a missing figure is a text cell
 * saying why. Header rows are bold and frozen.
 */
@Component
class PackXlsx {

    private final MessageSource messages;
    private final PerformanceFormat format;

    PackXlsx(MessageSource messages, PerformanceFormat format) {
        this.messages = messages;
        this.format = format;
    }

    byte[] render(ReviewPack.Pack pack, Locale locale) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PackStyles styles = new PackStyles(book);
            for (ReviewPack.Section section : pack.sections()) {
                service(book.createSheet(WorkbookUtil.createSafeSheetName(text(locale, "performance.area." + section.area()))), pack,
                        section, styles, locale);
            }
            definitions(book.createSheet(WorkbookUtil.createSafeSheetName(text(locale, "performance.pack.sheet.definitions"))), pack,
                    styles, locale);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void service(Sheet sheet, ReviewPack.Pack pack, ReviewPack.Section section, PackStyles styles, Locale l) {
        List<String> header = new ArrayList<>(List.of(text(l, "performance.pack.col.code"), text(l, "performance.col.indicator"),
                text(l, "performance.col.numerator"), text(l, "performance.col.denominator"),
                text(l, "performance.pack.col.value", format.quarter(pack.quarter())), text(l, "performance.col.target"),
                text(l, "performance.col.status"), text(l, "performance.col.trend")));
        pack.quarters().forEach(q -> header.add(format.quarter(q)));
        header.addAll(List.of(text(l, "performance.benchmark.group"), text(l, "performance.pack.col.year"), text(l, "performance.benchmark.rank"),
                text(l, "performance.pack.col.of"), text(l, "performance.benchmark.quartile"), text(l, "performance.benchmark.median"),
                text(l, "performance.pack.col.commentary"), text(l, "performance.pack.col.writtenBy"), text(l, "performance.pack.col.writtenAt")));
        styles.header(sheet, header);
        int r = 1;
        for (ReviewPack.Item item : section.items()) {
            Indicator i = item.indicator();
            Scorecard.QuarterValue v = item.value();
            Row row = sheet.createRow(r++);
            int c = 0;
            row.createCell(c++).setCellValue(i.code());
            row.createCell(c++).setCellValue(i.title(l));
            row.createCell(c++).setCellValue(v.tally().numerator());
            Cell denominator = row.createCell(c++);
            if (i.percent()) {
                denominator.setCellValue(v.tally().denominator());
            }
            figure(row.createCell(c++), i, v.value(), styles, text(l, "performance.noData"));
            figure(row.createCell(c++), i, v.target(), styles, text(l, "performance.noTarget"));
            row.createCell(c++).setCellValue(text(l, "performance.status." + v.status().name()));
            row.createCell(c++).setCellValue(text(l, "performance.trend." + item.direction().name()));
            for (Scorecard.QuarterValue q : item.trend()) {
                figure(row.createCell(c++), i, q.value(), styles, text(l, "performance.noData"));
            }
            c = benchmark(row, c, item, pack.group(), styles, l);
            Cell note = row.createCell(c++);
            note.setCellStyle(styles.wrap);
            if (item.commentary() != null) {
                note.setCellValue(item.commentary().body());
                row.createCell(c++).setCellValue(item.writer());
                Cell at = row.createCell(c);
                at.setCellValue(LocalDateTime.ofInstant(item.commentary().writtenAt(), Dates.LONDON));
                at.setCellStyle(styles.dateTime);
            } else {
                note.setCellValue(text(l, "performance.commentary.none"));
            }
        }
        int[] widths = new int[header.size()];
        java.util.Arrays.fill(widths, 11);
        widths[0] = 16;
        widths[1] = 48;
        widths[7] = 12;
        int b = 8 + pack.quarters().size();
        widths[b] = 28;
        widths[b + 6] = 60;
        widths[b + 7] = 24;
        widths[b + 8] = 18;
        styles.widths(sheet, widths);
    }

    /** Group, year, rank, of, quartile, median; returns the next column. */
    private int benchmark(Row row, int c, ReviewPack.Item item, Benchmarks.Group group, PackStyles styles, Locale l) {
        Benchmarks.Comparison b = item.benchmark();
        if (group == null) {
            row.createCell(c).setCellValue(text(l, "performance.pack.noGroup"));
            return c + 6;
        }
        row.createCell(c).setCellValue(group.name());
        if (b == null) {
            row.createCell(c + 1).setCellValue(text(l, "performance.pack.noValues"));
            return c + 6;
        }
        row.createCell(c + 1).setCellValue(b.financialYear() + "-" + String.format("%02d", (b.financialYear() + 1) % 100));
        if (b.rank() != null) {
            row.createCell(c + 2).setCellValue(b.rank());
            row.createCell(c + 4).setCellValue(b.quartile());
        }
        row.createCell(c + 3).setCellValue(b.of());
        figure(row.createCell(c + 5), item.indicator(), b.median(), styles, text(l, "performance.noData"));
        return c + 6;
    }

    private void definitions(Sheet sheet, ReviewPack.Pack pack, PackStyles styles, Locale l) {
        styles.header(sheet, List.of(text(l, "performance.pack.col.code"), text(l, "performance.area.label"), text(l, "performance.col.indicator"),
                text(l, "performance.definition"), text(l, "performance.numerator"), text(l, "performance.denominator"),
                text(l, "performance.polarity"), text(l, "performance.pack.col.unit"), text(l, "performance.source")));
        int r = 1;
        for (ReviewPack.Section section : pack.sections()) {
            for (ReviewPack.Item item : section.items()) {
                Indicator i = item.indicator();
                Row row = sheet.createRow(r++);
                List<String> cells = List.of(i.code(), text(l, "performance.area." + section.area()), i.title(l), i.definition(l),
                        i.numerator(l), i.percent() ? i.denominator(l) : "", text(l, "performance.polarity." + i.polarity()),
                        text(l, "performance.pack.unit." + i.unit()), i.source() == null ? "" : i.source());
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(cells.get(c));
                    cell.setCellStyle(styles.wrap);
                }
            }
        }
        styles.widths(sheet, new int[] {16, 12, 40, 70, 45, 45, 12, 12, 40});
    }

    /** A value as a number in the indicator's unit, or {@code none} as text when there is no value. */
    private static void figure(Cell cell, Indicator indicator, BigDecimal value, PackStyles styles, String none) {
        if (value == null) {
            cell.setCellValue(none);
        } else if (indicator.percent()) {
            cell.setCellValue(value.movePointLeft(2).doubleValue());
            cell.setCellStyle(styles.percent);
        } else {
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(styles.count);
        }
    }

    private String text(Locale l, String key, Object... args) {
        return messages.getMessage(key, args, l);
    }
}
