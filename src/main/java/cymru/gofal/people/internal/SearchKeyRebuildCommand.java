package cymru.gofal.people.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --gofal.command=rebuild-search-keys}: recomputes every person's search key with progress, then exits
 * (0 when done). Needed after {@code name-variants.txt} changes; it writes no personal data other than keys.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "gofal.command", havingValue = "rebuild-search-keys")
class SearchKeyRebuildCommand implements ApplicationRunner {

    private final SearchKeyRebuild rebuild;
    private final ConfigurableApplicationContext context;

    SearchKeyRebuildCommand(SearchKeyRebuild rebuild, ConfigurableApplicationContext context) {
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        long changed = rebuild.rebuild(System.out::println);
        System.out.printf("Search keys rebuilt: %,d changed%n", changed);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
