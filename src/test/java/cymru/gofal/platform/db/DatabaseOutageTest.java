package cymru.gofal.platform.db;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.TestConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * R5 (in part): with the database down, pages and the API answer 503 quickly (the pool waits at most 2 s),
 * and recover by themselves when it is back. Runs on its own database so the other tests are not touched.
 */
@SpringBootTest(properties = "gofal.data-dir=target/test-data-outage")
@AutoConfigureMockMvc
@Import(TestConfig.class)
class DatabaseOutageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesAnswer503WhileTheDatabaseIsDownAndRecoverAfterwards() throws Exception {
        assertThat(status("/calendar", "text/html")).isEqualTo(200);
        pgCtl("stop", "-m", "immediate");
        try {
            long t0 = System.nanoTime();
            int page = status("/calendar", "text/html");
            int api = status("/api/council", "application/json");
            long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(page).isEqualTo(503);
            String body = mvc.perform(get("/").accept("text/html").with(DemoLogins.as("practitioner"))).andReturn()
                    .getResponse().getContentAsString();
            assertThat(body).contains("Sorry, the service is unavailable").contains("gwasanaeth ar gael");
            assertThat(api).isEqualTo(503);
            System.out.println("Database down: two requests answered 503 in " + elapsedMs + " ms");
        } finally {
            pgCtl("restart", "-w", "-t", "60");
        }
        int after = 0;
        for (int attempt = 0; attempt < 40 && after != 200; attempt++) {
            after = status("/calendar", "text/html");
            if (after != 200) {
                Thread.sleep(250);
            }
        }
        assertThat(after).as("recovers by itself").isEqualTo(200);
    }

    private int status(String path, String accept) throws Exception {
        return mvc.perform(get(path).accept(accept).with(DemoLogins.as("practitioner"))).andReturn().getResponse().getStatus();
    }

    /** pg_ctl on this test's cluster, as the user the server runs as. */
    private static void pgCtl(String... args) throws Exception {
        Path cluster = Path.of("target/test-data-outage/postgres").toAbsolutePath();
        Path pgCtl = PostgresBinaries.install(Path.of(System.getProperty("java.io.tmpdir"))).resolve("bin/pg_ctl");
        List<String> command = new ArrayList<>(List.of(pgCtl.toString(), "-D", cluster.toString(), "-l",
                cluster.resolve("server.log").toString()));
        command.addAll(List.of(args));
        new ProcessRunner(EmbeddedPostgres.isRoot() ? EmbeddedPostgres.SERVICE_USER : null).run(command, Map.of(), 90);
    }
}
