package cymru.gofal.platform.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.test.context.support.WithMockUser;

import cymru.gofal.platform.web.StaleVersionException;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** R1: fifty concurrent edits from one version give one success and forty-nine clear conflicts. */
@IntegrationTest
class ConcurrentEditsTest {

    @Autowired
    Councils councils;

    @Test
    @WithMockUser(roles = "ADMIN")
    void fiftyConcurrentEditsFromOneVersionGiveOneSuccess() throws Exception {
        Council before = councils.require(1);
        String other = before.regime().equals("WALES_2016") ? "WALES_2007" : "WALES_2016";
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(8));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    councils.changeRegime(1, other, before.version());
                    return true;
                } catch (StaleVersionException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int successes = 0;
        for (Future<Boolean> r : results) {
            successes += r.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(successes).isEqualTo(1);
        Council after = councils.require(1);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        councils.changeRegime(1, before.regime(), after.version());
    }
}
