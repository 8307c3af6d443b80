package com.careflow.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.beans.PropertyDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.NameValueExpression;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.careflow.domain.order.Orders;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.content.RecordingContentProcess;
import com.careflow.portal.order.RecordingOrderProcess;
import com.careflow.portal.order.TestOrders;
import com.careflow.portal.search.RecordingReindexing;
import com.careflow.portal.security.Roles;

/**
 * Crafted parameters against every form and API of the portal. The endpoints and the names they bind come from
 * the handler mapping itself ({@code @RequestParam}s, the properties of {@code @ModelAttribute} forms), so a new
 * endpoint is fuzzed without anyone listing it. Each is called as the first role (customer first, admin last) the
 * security rules let in. Property-path names ({@code name[0]}, {@code name[$ne]}, {@code name.x}) must be a 400
 * that names the parameter: problem JSON from JSON endpoints, the error page from pages. A 10 KB value and unknown
 * names may be anything but a server error.
 */
@PortalWebMvcTest
class RequestFuzzTest {

    static final String ORDER = "ORD20250101999777";
    static final String TEN_KB = "界".repeat(10 * 1024 / 3 + 1);
    static final String UNKNOWN = "careflowFuzz";
    /** Who is tried, in this order, until the security rules let one in. */
    static final List<String> ROLES = List.of(Roles.CUSTOMER, Roles.PROVIDER, Roles.REVIEWER, Roles.FINANCE,
            Roles.ANALYST, Roles.ADMIN);
    /** Plausible values for parameters and path variables by name, so a request gets past its required ones. */
    static final Map<String, String> SAMPLES = Map.of("orderNumber", ORDER, "service", TestOrders.SERVICE_ID,
            "serviceId", TestOrders.SERVICE_ID, "date", "2030-01-01", "approved", "true");
    static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Orders orders;
    @Autowired
    Clock clock;
    @Autowired
    RecordingOrderProcess process;
    @Autowired
    RecordingContentProcess content;
    @Autowired
    RecordingReindexing reindexing;

    /** One endpoint: a method and path pattern, the parameters its mapping requires, the names it binds. */
    record Endpoint(HttpMethod method, String pattern, Map<String, String> fixed, Set<String> names, boolean json) {

        @Override
        public String toString() {
            return method + " " + pattern + (fixed.isEmpty() ? "" : " " + fixed.keySet());
        }
    }

    @BeforeEach
    void order() {
        orders.deleteById(ORDER);
        TestOrders.pendingOrder(orders, ORDER, Roles.CUSTOMER, clock);
    }

    @AfterEach
    void cleanUp() {
        orders.deleteById(ORDER);
        process.reset();
        content.reset();
        reindexing.reset();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersCraftedParametersWithoutServerError() {
        List<Endpoint> endpoints = endpoints();
        // the issue's examples are among them, as is the walk itself: no endpoint without a name to fuzz slips by
        assertThat(endpoints).extracting(Endpoint::toString).contains("POST /orders",
                "POST /orders/{orderNumber}/payment", "POST /content", "GET /search", "GET /api/search", "GET /error");
        assertThat(endpoints.stream().filter(e -> e.pattern().equals("/orders/{orderNumber}/payment")
                && e.method() == HttpMethod.POST).findFirst().orElseThrow().names()).contains("cardNumber");
        return endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> fuzz(endpoint)));
    }

    @Test
    void issueExamplesAreBadRequestsThatNameTheParameter() throws Exception {
        MockHttpServletResponse order = mvc.perform(MockMvcRequestBuilders.post("/orders")
                .param("serviceId[$ne]", "x").with(csrf()).with(TestUsers.user(Roles.CUSTOMER))).andReturn().getResponse();
        assertThat(order.getStatus()).isEqualTo(400);
        assertThat(order.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"error-reason\"").contains("“serviceId[$ne]”");
        assertThat(process.started()).isEmpty();

        MockHttpServletResponse payment = mvc.perform(MockMvcRequestBuilders.post("/orders/" + ORDER + "/payment")
                .param("cardNumber[0]", "4111111111111111").param("lang", "en").with(csrf())
                .with(TestUsers.user(Roles.CUSTOMER))).andReturn().getResponse();
        assertThat(payment.getStatus()).isEqualTo(400);
        assertThat(payment.getContentAsString(StandardCharsets.UTF_8)).contains("The parameter name “cardNumber[0]” is not valid");
        assertThat(process.payments()).isEmpty();

        MockHttpServletResponse api = mvc.perform(MockMvcRequestBuilders.get("/api/search").queryParam("q[0]", "x"))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentType()).isEqualTo("application/problem+json");
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("\"parameter\":\"q[0]\"").contains("\"instance\":\"/api/search\"")
                .contains("参数“q[0]”的名称无效");
    }

    /** File parts are names too: an index past the list's growth limit, or into a single file. */
    @Test
    void multipartFileNamesAreCheckedLikeParameters() throws Exception {
        for (String name : List.of("qualificationFiles[300]", "licenceFile[0]")) {
            MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.multipart("/certification/apply")
                            .file(new MockMultipartFile(name, "a.pdf", "application/pdf", new byte[] {'%', 'P'}))
                            .with(csrf()).with(TestUsers.user(Roles.PROVIDER)))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(name).isEqualTo(400);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(name).contains("“" + name + "”");
        }
    }

    @Test
    void wrongTypesAndMissingParametersAreBadRequestsToo() throws Exception {
        MockHttpServletResponse slots = mvc.perform(MockMvcRequestBuilders.get("/orders/slots")
                .queryParam("service", TestOrders.SERVICE_ID).queryParam("date", "soon")
                .with(TestUsers.user(Roles.CUSTOMER))).andReturn().getResponse();
        assertThat(slots.getStatus()).isEqualTo(400);
        assertThat(slots.getContentType()).as("the slot lookup is JSON").isEqualTo("application/problem+json");
        assertThat(slots.getContentAsString(StandardCharsets.UTF_8)).contains("\"parameter\":\"date\"");

        MockHttpServletResponse decision = mvc.perform(MockMvcRequestBuilders
                .post("/operations/complaints/" + ORDER + "/decision").param("lang", "en").with(csrf())
                .with(TestUsers.user(Roles.ADMIN))).andReturn().getResponse();
        assertThat(decision.getStatus()).isEqualTo(400);
        assertThat(decision.getContentAsString(StandardCharsets.UTF_8)).contains("The parameter “approved” is missing.");
        assertThat(process.messages()).isEmpty();
    }

    private void fuzz(Endpoint endpoint) throws Exception {
        String role = roleLetIn(endpoint);
        List<String> failures = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(endpoint.names());
        names.add(UNKNOWN);
        for (String name : names) {
            for (String crafted : List.of(name + "[0]", name + "[$ne]", name + ".x", name + "['k']")) {
                MockHttpServletResponse response = perform(endpoint, role, Map.of(crafted, "x"), failures);
                if (response == null) {
                    continue;
                }
                if (response.getStatus() != 400) {
                    failures.add(crafted + ": " + response.getStatus() + " instead of 400");
                }
                else if (endpoint.json()) {
                    check(failures, crafted, "application/problem+json".equals(response.getContentType())
                            && response.getContentAsString(StandardCharsets.UTF_8).contains("\"parameter\":\"" + crafted + "\""),
                            "no problem JSON naming it");
                }
                else {
                    check(failures, crafted, response.getContentAsString(StandardCharsets.UTF_8).contains("“" + crafted + "”")
                            || response.getContentAsString(StandardCharsets.UTF_8).contains("“" + crafted.replace("'", "&#39;") + "”"),
                            "no error page naming it");
                }
            }
            MockHttpServletResponse big = perform(endpoint, role, Map.of(name, TEN_KB), failures);
            if (big != null && big.getStatus() >= 500) {
                failures.add(name + "=<10 KB>: " + big.getStatus());
            }
        }
        MockHttpServletResponse everything = perform(endpoint, role, everyNameAt(names, TEN_KB), failures);
        if (everything != null && everything.getStatus() >= 500) {
            failures.add("every name at 10 KB: " + everything.getStatus());
        }
        assertThat(failures).as(endpoint + " as " + role).isEmpty();
    }

    /** The first role the security rules let through (anything but 403), with an unknown parameter. */
    private String roleLetIn(Endpoint endpoint) throws Exception {
        for (String role : ROLES) {
            List<String> failures = new ArrayList<>();
            MockHttpServletResponse response = perform(endpoint, role, Map.of(UNKNOWN, "1"), failures);
            assertThat(failures).as(endpoint + " as " + role).isEmpty();
            assertThat(response.getStatus()).as(endpoint + " as " + role + " with an unknown parameter").isLessThan(500);
            if (response.getStatus() != 403) {
                return role;
            }
        }
        throw new AssertionError(endpoint + " lets no role in");
    }

    private static Map<String, String> everyNameAt(Set<String> names, String value) {
        Map<String, String> params = new LinkedHashMap<>();
        names.forEach(name -> params.put(name, value));
        return params;
    }

    private static void check(List<String> failures, String name, boolean ok, String problem) {
        if (!ok) {
            failures.add(name + ": " + problem);
        }
    }

    /** The response, or null (with the failure noted) when the request escaped as an exception. */
    private MockHttpServletResponse perform(Endpoint endpoint, String role, Map<String, String> extra,
            List<String> failures) {
        Map<String, String> params = new LinkedHashMap<>(endpoint.fixed());
        params.putAll(extra);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), path(endpoint))
                .with(TestUsers.user(role));
        if (endpoint.method() == HttpMethod.GET) {
            params.forEach(request::queryParam);
        }
        else {
            params.forEach(request::param);
            request.with(csrf());
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        }
        catch (Exception | AssertionError e) {
            failures.add(extra.keySet() + ": threw " + e);
            return null;
        }
    }

    private static String path(Endpoint endpoint) {
        Matcher variable = PATH_VARIABLE.matcher(endpoint.pattern());
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, Matcher.quoteReplacement(SAMPLES.getOrDefault(variable.group(1), "1")));
        }
        variable.appendTail(path);
        return path.toString();
    }

    /** Every GET and POST the portal's controllers map, Spring Boot's /error included. */
    private List<Endpoint> endpoints() {
        Map<String, Endpoint> endpoints = new LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                if (method != RequestMethod.GET && method != RequestMethod.POST) {
                    continue;
                }
                for (String pattern : info.getPatternValues()) {
                    Endpoint endpoint = new Endpoint(method.asHttpMethod(), pattern, fixedParams(info, handler),
                            names(handler), json(pattern, handler));
                    endpoints.putIfAbsent(endpoint.toString(), endpoint);
                }
            }
        });
        return new ArrayList<>(endpoints.values());
    }

    /**
     * Parameters the mapping itself requires ({@code params = "showSlots"}), and required request parameters with a
     * sample value, so the request gets as far as binding.
     */
    private static Map<String, String> fixedParams(RequestMappingInfo info, HandlerMethod handler) {
        Map<String, String> fixed = new LinkedHashMap<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null && requestParam.required()
                    && ValueConstants.DEFAULT_NONE.equals(requestParam.defaultValue())) {
                String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
                fixed.put(name, SAMPLES.getOrDefault(name, "1"));
            }
        }
        for (NameValueExpression<String> expression : info.getParamsCondition().getExpressions()) {
            if (!expression.isNegated()) {
                fixed.put(expression.getName(), expression.getValue() == null ? "" : expression.getValue());
            }
        }
        return fixed;
    }

    private static Set<String> names(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null) {
                names.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
            }
            else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                Arrays.stream(BeanUtils.getPropertyDescriptors(parameter.getParameterType()))
                        .filter(property -> property.getWriteMethod() != null)
                        .map(PropertyDescriptor::getName)
                        .forEach(names::add);
            }
        }
        return names;
    }

    private static boolean json(String pattern, HandlerMethod handler) {
        return pattern.startsWith("/api/") || handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
    }
}
