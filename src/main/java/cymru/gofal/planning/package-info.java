/**
 * Planning: care and support plans and carers' support plans (personal outcomes, services, help from others,
 * risks, costs), agreed versions, unmet need, direct payments, and reviews scheduled from the regime's rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package cymru.gofal.planning;
