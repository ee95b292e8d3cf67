/**
 * Platform: the shared ground floor every module stands on (embedded PostgreSQL, security, audit log,
 * working-day calendar and statutory timescales, bilingual pages, errors). It is an open module: its
 * sub-packages are the shared kernel that every other module may use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cymru.gofal.platform;
