/**
 * Performance: the indicator catalogue as data, an engine that computes every indicator from the case modules'
 * reporting views (per month, quarter and financial year, per team and for the council), drill-down to the records
 * behind each number, targets, benchmarks and commentary. Reads only {@code <module>_facts_<thing>} views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Performance")
package cymru.gofal.performance;
