package cymru.gofal.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs (browsable at /api-docs). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI gofalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Gofal API").version("v1").description("""
                        JSON API of Gofal, social services case management for Welsh councils. Sign in with a \
                        browser session or HTTP Basic. Errors are RFC 9457 problem details; a 400 lists each bad \
                        field in `errors`. Writes to versioned records need If-Match with the ETag you read \
                        (428 without it, 412 when someone else changed the record first). Send Accept-Language \
                        or ?lang=cy for messages in Welsh."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
