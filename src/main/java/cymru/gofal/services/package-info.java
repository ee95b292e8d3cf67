/**
 * Services: the service catalogue (service types and units), providers in-house and external, what each offers at
 * what unit cost and weekly capacity. Commissioning, contracts and service level agreements come later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Services")
package cymru.gofal.services;
