package cymru.gofal.intake.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.TimescaleRules;

/**
 * A referral's due dates from the rule engine on the council's calendar, day 0 being the day it was received in
 * Wales: the response by its priority's rule (council standard) and, for children, the decision by
 * REFERRAL_DECISION of the council's regime. Never a number of days in code.
 */
@Component
public class DueDates {

    public static final String DECISION_RULE = "REFERRAL_DECISION";

    private final TimescaleRules rules;

    DueDates(TimescaleRules rules) {
        this.rules = rules;
    }

    public Dues of(long authorityId, String route, Priority priority, LocalDate receivedOn) {
        String regime = rules.regimeOf(authorityId);
        TimescaleRule response = require(regime, priority.ruleCode());
        LocalDate responseDue = rules.dueDate(authorityId, response, receivedOn);
        if (!"CHILDREN".equals(route)) {
            return new Dues(response.code(), responseDue, null, null);
        }
        TimescaleRule decision = require(regime, DECISION_RULE);
        return new Dues(response.code(), responseDue, decision.code(), rules.dueDate(authorityId, decision, receivedOn));
    }

    private TimescaleRule require(String regime, String code) {
        return rules.rule(regime, code).orElseThrow(() -> new IllegalStateException("No rule " + code + " in regime " + regime));
    }

    /** The due dates stored with a referral; the decision's are null for adults (no statutory decision clock). */
    /** Which of them screening goes by is the referral's screening_due (V10), not restated here. */
    public record Dues(String responseRule, LocalDate responseDue, String decisionRule, LocalDate decisionDue) {
    }
}
