package cymru.gofal.people;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** R1 for people: fifty concurrent edits of one person from one version give one success and forty-nine 412s. */
@IntegrationTest
class ConcurrentPersonEditsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyConcurrentEditsFromOneVersionGiveOneSuccess() throws Exception {
        String family = PeopleFixture.unique();
        String body = mvc.perform(post("/api/people").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content(PeopleFixture.person("Gwyneth", family, "1950-01-01"))).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String given = "Gwyneth" + (char) ('a' + i % 26);
            statuses.add(pool.submit(() -> {
                start.await();
                return mvc.perform(put("/api/people/" + id).with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(PeopleFixture.person(given, family, "1950-01-01")))
                        .andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> s : statuses) {
            results.add(s.get());
        }
        pool.shutdown();
        assertThat(results).filteredOn(s -> s == 200).hasSize(1);
        assertThat(results).filteredOn(s -> s == 412).hasSize(49);
        assertThat(jdbc.sql("SELECT version FROM person WHERE id = ?").param(id).query(Integer.class).single()).isEqualTo(1);
    }
}
