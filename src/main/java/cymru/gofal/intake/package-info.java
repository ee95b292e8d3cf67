/**
 * Intake: contacts and information, advice and assistance (with the adult's "what matters" conversation), referrals
 * with their source, route and priority, screening decisions on time, re-referrals, waiting lists, and the people
 * turned aside with what happened to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package cymru.gofal.intake;
