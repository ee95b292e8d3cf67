package cymru.gofal.review.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start, after the configured council exists (Councils runs at order 0), loads the published reviews Gofal
 * ships with: the 2007 joint review of Merthyr Tydfil (authority 1). Skipped when loaded or the council is absent.
 */
@Component
@Order(10)
class PublishedReviewsOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PublishedReviewsOnStart.class);

    private final PublishedReviewLoader loader;

    PublishedReviewsOnStart(PublishedReviewLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load(PublishedReviewLoader.MERTHYR_2007)
                .ifPresentOrElse(id -> log.debug("Joint review 2007 is review {}", id),
                        () -> log.info("Joint review 2007 not loaded: its council (authority 1) does not exist"));
    }
}
