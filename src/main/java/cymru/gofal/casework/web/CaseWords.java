package cymru.gofal.casework.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import cymru.gofal.casework.CaseFit;
import cymru.gofal.casework.internal.CaseReference;

/**
 * Case codes in words for templates ({@code @caseWords.misfits(codes)}): a misfit code as the rule it breaks, a skill
 * misfit by the name of the need that calls for the skill; names in the reader's language.
 */
@Component("caseWords")
class CaseWords {

    private final CaseReference reference;
    private final MessageSource messages;

    CaseWords(CaseReference reference, MessageSource messages) {
        this.reference = reference;
        this.messages = messages;
    }

    /** Each misfit in words, in the order given. */
    public List<String> misfits(List<String> codes) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, CaseReference.NeedType> bySkill = reference.needTypes().stream().filter(n -> n.skillCode() != null)
                .collect(Collectors.toMap(CaseReference.NeedType::skillCode, Function.identity(), (a, b) -> a));
        return codes.stream().map(code -> {
            if (code.startsWith(CaseFit.SKILL)) {
                String skill = code.substring(CaseFit.SKILL.length());
                CaseReference.NeedType need = bySkill.get(skill);
                return messages.getMessage("casework.misfit.SKILL", new Object[] {need == null ? skill : need.name(locale)}, locale);
            }
            return messages.getMessage("casework.misfit." + code, null, code, locale);
        }).toList();
    }

    /** The misfits joined for one line of a table. */
    public String misfitLine(List<String> codes) {
        return String.join("; ", misfits(codes));
    }

    /** The name of a need type by its code (the code itself when unknown). */
    public String need(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return reference.needTypes().stream().filter(n -> n.code().equals(code)).findFirst().map(n -> n.name(locale)).orElse(code);
    }

    /** The name of a complexity by its code. */
    public String complexity(String code) {
        Locale locale = LocaleContextHolder.getLocale();
        return reference.complexity(code).map(c -> c.name(locale)).orElse(code);
    }
}
