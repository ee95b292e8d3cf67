package cymru.gofal.planning.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.stereotype.Component;

import cymru.gofal.casework.Cases;
import cymru.gofal.planning.internal.ReviewOutcomes;

/** Money and quantities as plan pages show them: {@code ${@planFormat.money(x)}} gives £1,234.50. */
@Component("planFormat")
class PlanFormat {

    private final org.springframework.context.MessageSource messages;
    private final Cases cases;
    private final ReviewOutcomes outcomes;

    PlanFormat(org.springframework.context.MessageSource messages, Cases cases, ReviewOutcomes outcomes) {
        this.messages = messages;
        this.cases = cases;
        this.outcomes = outcomes;
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
     * Why a plan ended, in words in the user's language: end_reason holds {@code CASE_CLOSED <closure reason code>} or
     * {@code REVIEW <review outcome code>} (planning.endReason.CASE_CLOSED / .REVIEW, with the reason's or outcome's
     * name from its reference list; an unknown code is shown as written); anything else is shown as written.
     */
    public String endReason(String reason) {
        if (reason == null) {
            return "";
        }
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String[] parts = reason.split(" ", 2);
        String code = parts.length > 1 ? parts[1] : "";
        String name = switch (parts[0]) {
            case "CASE_CLOSED" -> cases.closureReasonName(code, locale).orElse(code);
            case "REVIEW" -> outcomes.find(code).map(o -> o.name(locale)).orElse(code);
            default -> null;
        };
        return name == null ? reason : messages.getMessage("planning.endReason." + parts[0], new Object[] {name}, reason, locale);
    }

    /** Whole weeks in a number of days (rounded down). */
    public int weeks(int days) {
        return days / 7;
    }
}
