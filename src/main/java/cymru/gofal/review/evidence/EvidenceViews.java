package cymru.gofal.review.evidence;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.web.FormDates;

/** Helpers the evidence templates call as {@code @reviewEvidenceViews}: items of an area, a one-line summary of an item. */
@Component("reviewEvidenceViews")
public class EvidenceViews {

    private final MessageSource messages;
    private final ReadingLists lists;

    EvidenceViews(MessageSource messages, ReadingLists lists) {
        this.messages = messages;
        this.lists = lists;
    }

    /** Whether the signed-in user may start a self-assessment (the button on /reviews shows only then). */
    public boolean maySelfAssess() {
        return cymru.gofal.platform.security.CurrentUser.get().map(u -> u.role() == cymru.gofal.platform.security.Role.SENIOR_MANAGER)
                .orElse(false);
    }

    public List<EvidenceItem> ofArea(List<EvidenceItem> items, long areaId) {
        return items.stream().filter(i -> i.areaIds().contains(areaId)).toList();
    }

    /**
     * A stored code's words: the message {@code prefix + code}, or the code itself when the bundle has no such key (a
     * code added later by another module shows as itself rather than failing the page); empty for no code.
     */
    public String term(String prefix, String code, Locale locale) {
        return code == null ? "" : messages.getMessage(prefix + code, null, code, locale);
    }

    /** The grade's name in the language (the code when unknown). */
    public String grade(String code, Locale locale) {
        return lists.grades().stream().filter(g -> g.code().equals(code)).findFirst().map(g -> g.name(locale)).orElse(code);
    }

    /** Grade code to name, best first, for the grade radios. */
    public java.util.Map<String, String> gradeOptions(Locale locale) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        lists.grades().forEach(g -> out.put(g.code(), g.name(locale)));
        return out;
    }

    /** YES, NO, NOT_APPLICABLE to their words, for a structured question's radios. */
    public java.util.Map<String, String> answerOptions(Locale locale) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String a : List.of("YES", "NO", "NOT_APPLICABLE")) {
            out.put(a, messages.getMessage("review.evidence.answer." + a, null, locale));
        }
        return out;
    }

    /** A position on an area's scale: the level's name, marked when only suggested; "none" without one. */
    public String position(WhatMoved.Moved m, WhatMoved.Position p, Locale locale) {
        if (p == null || p.levelId() == null) {
            return messages.getMessage("review.evidence.moved.none", null, locale);
        }
        var level = m.levels().get(p.levelId());
        String name = level == null ? String.valueOf(p.levelId()) : level.name(locale);
        return p.suggested() ? messages.getMessage("review.evidence.moved.suggested", new Object[] {name}, locale) : name;
    }

    /** A frozen figure: value, status and period; "none" without one. */
    public String frozen(WhatMoved.Frozen f, Locale locale) {
        if (f == null) {
            return messages.getMessage("review.evidence.moved.none", null, locale);
        }
        return messages.getMessage("review.evidence.moved.frozen", new Object[] {valueStatus(f.value(), f.status(), locale),
                period(f.periodFrom(), f.periodTo(), locale)}, locale);
    }

    public String summary(EvidenceItem i, Locale locale) {
        if (i.indicator() != null) {
            var f = i.indicator();
            return messages.getMessage("review.evidence.summary.indicator", new Object[] {f.code(),
                    valueStatus(f.value(), f.status(), locale), period(f.periodFrom(), f.periodTo(), locale)}, locale);
        }
        if (i.caseFile() != null) {
            return messages.getMessage("review.evidence.summary.caseFile", new Object[] {String.valueOf(i.caseFile().caseId()),
                    grade(i.caseFile().grade(), locale), FormDates.format(i.caseFile().readOn())}, locale);
        }
        if (i.note() != null) {
            return messages.getMessage("review.evidence.summary.note", new Object[] {i.note().who(), FormDates.format(i.note().heldOn())}, locale);
        }
        if (i.survey() != null) {
            return messages.getMessage("review.evidence.summary.survey", new Object[] {i.survey().title(),
                    i.survey().resultPercent().toPlainString()}, locale);
        }
        return messages.getMessage("review.evidence.summary.document", new Object[] {i.document().title(), i.document().fileName()}, locale);
    }

    private String valueStatus(java.math.BigDecimal value, String status, Locale locale) {
        return messages.getMessage("review.evidence.valueStatus", new Object[] {value == null ? "-" : value.toPlainString(),
                messages.getMessage("review.evidence.status." + status, null, locale)}, locale);
    }

    private String period(java.time.LocalDate from, java.time.LocalDate to, Locale locale) {
        return messages.getMessage("review.evidence.periodRange", new Object[] {FormDates.format(from), FormDates.format(to)}, locale);
    }
}
