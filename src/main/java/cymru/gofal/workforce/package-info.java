/**
 * Workforce: teams, staff, their roles, registration, qualifications, skills, experience, Welsh language,
 * hours and caseload capacity, joiners and leavers, and vacancies per team.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce")
package cymru.gofal.workforce;
