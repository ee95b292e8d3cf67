package cymru.gofal.platform.work;

import java.util.List;

/**
 * A module's open work, for the work trays: each case module that sets due dates implements this as a Spring
 * bean, and the tray gathers from all of them. An implementation answers only work of the scope's council, only
 * about people the signed-in user may see (People.visibility()), and reads only its own tables.
 */
public interface WorkSource {

    /**
     * At most {@code limit} open items in scope, in tray order: earliest due first, then by kind key (compared as Java
     * strings, as SQL {@code COLLATE "C"} orders ASCII keys), then by record id. The tray merges sources by that order.
     */
    List<WorkItem> open(WorkScope scope, int limit);

    /** How many open items are in scope, and how many of them were due before {@code scope.asOf()}. */
    WorkCount count(WorkScope scope);
}
