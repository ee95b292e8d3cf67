package cymru.gofal.platform.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S1: every endpoint has an explicit access rule. Walks every request mapping of Gofal's own controllers and
 * fails for any handler without {@code @PreAuthorize} on the method (or its class). Framework endpoints
 * (actuator, OpenAPI) are governed by the filter chain and are checked in PagesAndErrorsTest.
 */
@IntegrationTest
class AccessRulesTest {

    @Autowired
    List<RequestMappingHandlerMapping> mappings;

    @Test
    void everyGofalHandlerCarriesAnExplicitPreAuthorizeRule() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (RequestMappingHandlerMapping mapping : mappings) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
                Method method = e.getValue().getMethod();
                if (!method.getDeclaringClass().getName().startsWith("cymru.gofal.")) {
                    continue;
                }
                checked++;
                boolean ruled = AnnotatedElementUtils.hasAnnotation(method, PreAuthorize.class)
                        || AnnotatedElementUtils.hasAnnotation(method.getDeclaringClass(), PreAuthorize.class);
                if (!ruled) {
                    missing.add(e.getKey() + " -> " + method);
                }
            }
        }
        assertThat(checked).as("handlers found").isGreaterThan(10);
        assertThat(missing).as("handlers without @PreAuthorize").isEmpty();
    }
}
