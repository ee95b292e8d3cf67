package cymru.gofal.planning.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Money and quantities as plan pages show them: {@code ${@planFormat.money(x)}} gives £1,234.50. */
@Component("planFormat")
class PlanFormat {

    private final org.springframework.context.MessageSource messages;

    PlanFormat(org.springframework.context.MessageSource messages) {
        this.messages = messages;
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return f.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** Units a week without needless zeros: 7.5, 10, 2.25. */
    public String units(BigDecimal units) {
        return units == null ? "" : units.stripTrailingZeros().toPlainString();
    }

    /** A date as forms show it (24/3/2027). */
    public String date(java.time.LocalDate day) {
        return cymru.gofal.platform.web.FormDates.format(day);
    }

    /**
     * Why a plan ended, in words: end_reason holds {@code CASE_CLOSED <code>} or {@code REVIEW <code>}
     * (planning.endReason.CASE_CLOSED / .REVIEW); anything else is shown as written.
     */
    public String endReason(String reason) {
        if (reason == null) {
            return "";
        }
        String[] parts = reason.split(" ", 2);
        String text = messages.getMessage("planning.endReason." + parts[0], new Object[] {parts.length > 1 ? parts[1] : ""}, null,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        return text == null ? reason : text;
    }

    /** Whole weeks in a number of days (rounded down). */
    public int weeks(int days) {
        return days / 7;
    }
}
