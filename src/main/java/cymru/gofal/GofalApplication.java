package cymru.gofal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Gofal: social services case management, quality assurance and performance for Welsh councils. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GofalApplication {

    public static void main(String[] args) {
        SpringApplication.run(GofalApplication.class, args);
    }
}
