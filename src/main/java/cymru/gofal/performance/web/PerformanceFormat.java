package cymru.gofal.performance.web;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.Period;

/** Indicator values and periods as people read them, for templates ({@code @performanceFormat}). */
@Component("performanceFormat")
public class PerformanceFormat {

    private final MessageSource messages;

    PerformanceFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** A value in the indicator's unit ("75.0%", "12"), or a dash-free "no data" message when there is none. */
    public String value(Indicator indicator, BigDecimal value) {
        Locale l = LocaleContextHolder.getLocale();
        if (value == null) {
            return messages.getMessage("performance.noData", null, l);
        }
        return indicator.percent() ? messages.getMessage("performance.percent", new Object[] {value.toPlainString()}, l)
                : value.toPlainString();
    }

    /** "Q2 2026-27" / "Ch2 2026-27". */
    public String quarter(Period p) {
        return messages.getMessage("performance.quarterLabel", new Object[] {p.quarter(), year(p)}, LocaleContextHolder.getLocale());
    }

    /** "2026-27". */
    public String year(Period p) {
        int y = p.financialYear();
        return y + "-" + String.format("%02d", (y + 1) % 100);
    }
}
