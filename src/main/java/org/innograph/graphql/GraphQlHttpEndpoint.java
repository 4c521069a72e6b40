package org.innograph.graphql;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.innograph.database.CurrentRequest;
import org.innograph.database.RequestDeadline;
import org.innograph.database.RequestTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP at {@code /graphql}, per the GraphQL-over-HTTP spec, in front of Spring for GraphQL's
 * {@link WebGraphQlHandler} (so interceptors and context propagation work as usual).
 *
 * <p>It replaces Spring's own handler for three things that handler cannot do: refuse a body that is too
 * large before reading it (413), answer every malformed request with a GraphQL-shaped error and its
 * {@code extensions.code}, and notice a client that goes away while its query runs. A servlet container
 * learns of a closed connection only when it writes to it, so a request still running after
 * {@code innograph.api.disconnect-check} has its answer's status committed (200: its checks are passed by
 * then) and then a JSON whitespace byte written at that interval; a failed write cancels the request and
 * terminates its Neo4j transactions.
 */
final class GraphQlHttpEndpoint extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(GraphQlHttpEndpoint.class);
    static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");
    private static final List<MediaType> PRODUCIBLE = List.of(GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON);

    private final transient WebGraphQlHandler handler;
    private final transient JsonMapper json;
    private final transient ApiProperties api;
    private final transient ScheduledExecutorService timers;
    private final transient RequestTransactions transactions;

    GraphQlHttpEndpoint(WebGraphQlHandler handler, JsonMapper json, ApiProperties api, ScheduledExecutorService timers,
            RequestTransactions transactions) {
        this.handler = handler;
        this.json = json;
        this.api = api;
        this.timers = timers;
        this.transactions = transactions;
    }

    /** A request the endpoint refuses, with its HTTP status. */
    private static final class Refused extends Exception {

        final int status;
        final ErrorCode code;

        Refused(int status, ErrorCode code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaType answerAs = MediaType.APPLICATION_JSON;
        try {
            answerAs = negotiate(request);
            Map<String, Object> body = switch (request.getMethod()) {
                case "POST" -> readPost(request);
                case "GET" -> readGet(request);
                default -> throw new Refused(405, ErrorCode.METHOD_NOT_ALLOWED,
                        request.getMethod() + " is not supported: send queries with GET or POST");
            };
            checkBounds(body.get("extensions"));
            execute(request, response, body, answerAs);
        }
        catch (Refused refused) {
            if (refused.code == ErrorCode.METHOD_NOT_ALLOWED) {
                response.setHeader(HttpHeaders.ALLOW, request.getMethod().equals("GET") ? "POST" : "GET, POST");
            }
            if (refused.code == ErrorCode.REQUEST_TOO_LARGE) {
                // Do not read what is left of a body we refused.
                response.setHeader(HttpHeaders.CONNECTION, "close");
            }
            writeError(response, refused.status, refused.code, refused.getMessage(), answerAs);
        }
    }

    /** application/graphql-response+json when the client accepts it, else application/json. */
    private static MediaType negotiate(HttpServletRequest request) throws Refused {
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        }
        catch (InvalidMediaTypeException e) {
            throw new Refused(406, ErrorCode.NOT_ACCEPTABLE, "Unreadable Accept header: " + e.getMessage());
        }
        if (accepted.isEmpty()) {
            return MediaType.APPLICATION_JSON;
        }
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType acceptable : accepted) {
            for (MediaType producible : PRODUCIBLE) {
                if (acceptable.getQualityValue() > 0 && acceptable.includes(producible)) {
                    return acceptable.isWildcardType() || acceptable.isWildcardSubtype() ? MediaType.APPLICATION_JSON : producible;
                }
            }
        }
        throw new Refused(406, ErrorCode.NOT_ACCEPTABLE,
                "Answers are application/graphql-response+json or application/json; the Accept header allows neither");
    }

    private Map<String, Object> readPost(HttpServletRequest request) throws Refused, IOException {
        MediaType contentType;
        try {
            contentType = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        }
        catch (InvalidMediaTypeException e) {
            contentType = null;
        }
        if (contentType == null || !MediaType.APPLICATION_JSON.equalsTypeAndSubtype(contentType)
                || (contentType.getCharset() != null && !contentType.getCharset().equals(StandardCharsets.UTF_8))) {
            throw new Refused(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "POST a JSON body with Content-Type: application/json (UTF-8); got " + request.getContentType());
        }
        long limit = api.maxRequestSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(request.getContentLengthLong());
        }
        return requestObject(parse(readAtMost(request.getInputStream(), limit)));
    }

    private Refused tooLarge(long size) {
        return new Refused(413, ErrorCode.REQUEST_TOO_LARGE, "The request body is %s bytes, over the limit of %,d (innograph.api.max-request-size)"
                .formatted(size < 0 ? "more than %,d".formatted(api.maxRequestSize().toBytes()) : "%,d".formatted(size),
                        api.maxRequestSize().toBytes()));
    }

    private byte[] readAtMost(InputStream in, long limit) throws IOException, Refused {
        var body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            body.write(buffer, 0, read);
            if (body.size() > limit) {
                throw tooLarge(-1);
            }
        }
        return body.toByteArray();
    }

    private JsonNode parse(byte[] body) throws Refused {
        try {
            return json.readTree(body);
        }
        catch (JacksonException e) {
            throw new Refused(400, ErrorCode.MALFORMED_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * A client may lower its own bounds ({@code timeoutMs}, {@code maxResponseBytes}); a value that is not a
     * positive whole number is refused rather than ignored, so no client thinks it set a bound it did not.
     */
    private static void checkBounds(Object extensions) throws Refused {
        if (!(extensions instanceof Map<?, ?> asked)) {
            return;
        }
        for (String name : ApiProperties.LOWERED_BOUNDS) {
            Object value = asked.get(name);
            if (value != null && !ApiProperties.isLoweredBound(value)) {
                throw new Refused(400, ErrorCode.BAD_USER_INPUT,
                        "extensions.%s lowers a bound of this request: a positive whole number, not %s".formatted(name,
                                value instanceof String ? "'" + value + "'" : value));
            }
        }
    }

    /** The GraphQL request in a JSON body: {@code query}, and optionally variables, operationName, extensions. */
    private Map<String, Object> requestObject(JsonNode body) throws Refused {
        if (body == null || body.isMissingNode()) {
            throw new Refused(400, ErrorCode.MALFORMED_REQUEST, "The body is empty; send {\"query\": \"...\"}");
        }
        if (body.isArray()) {
            throw new Refused(400, ErrorCode.BATCH_NOT_SUPPORTED, "Batched requests are not supported: send one request per HTTP request");
        }
        if (!body.isObject()) {
            throw new Refused(400, ErrorCode.MALFORMED_REQUEST, "The body must be a JSON object such as {\"query\": \"...\"}");
        }
        var request = new LinkedHashMap<String, Object>();
        request.put("query", member(body, "query", true, JsonNode::isString));
        request.put("operationName", member(body, "operationName", false, JsonNode::isString));
        request.put("variables", member(body, "variables", false, JsonNode::isObject));
        request.put("extensions", member(body, "extensions", false, JsonNode::isObject));
        return request;
    }

    private Object member(JsonNode body, String name, boolean required, java.util.function.Predicate<JsonNode> wellTyped) throws Refused {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new Refused(400, ErrorCode.MALFORMED_REQUEST, "The request has no \"" + name + "\"");
            }
            return null;
        }
        if (!wellTyped.test(value)) {
            throw new Refused(400, ErrorCode.MALFORMED_REQUEST, "\"" + name + "\" has the wrong type: " + value.getNodeType());
        }
        return json.convertValue(value, Object.class);
    }

    /** A query in the URL; never a mutation, so a GET cannot change anything. */
    private Map<String, Object> readGet(HttpServletRequest request) throws Refused {
        var body = new LinkedHashMap<String, Object>();
        for (String name : List.of("variables", "extensions")) {
            String value = request.getParameter(name);
            JsonNode parsed = value == null || value.isBlank() ? null : parse(value.getBytes(StandardCharsets.UTF_8));
            if (parsed != null && !parsed.isObject()) {
                throw new Refused(400, ErrorCode.MALFORMED_REQUEST, "\"" + name + "\" must be a JSON object");
            }
            body.put(name, parsed == null ? null : json.convertValue(parsed, Object.class));
        }
        String query = request.getParameter("query");
        if (query == null || query.isBlank()) {
            throw new Refused(400, ErrorCode.MALFORMED_REQUEST, "The request has no \"query\" parameter");
        }
        body.put("query", query);
        body.put("operationName", request.getParameter("operationName"));
        if (isMutation(query, request.getParameter("operationName"))) {
            throw new Refused(405, ErrorCode.METHOD_NOT_ALLOWED, "Mutations are sent with POST, never GET");
        }
        return body;
    }

    private boolean isMutation(String query, String operationName) {
        try {
            Document document = Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions().transform(o -> o.maxTokens(api.maxTokens())))
                    .build());
            return document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(operation -> operationName == null || operationName.equals(operation.getName()))
                    .anyMatch(operation -> operation.getOperation() != OperationDefinition.Operation.QUERY);
        }
        catch (InvalidSyntaxException e) {
            return false; // answered as a parse error by the execution
        }
    }

    private void execute(HttpServletRequest request, HttpServletResponse response, Map<String, Object> body, MediaType answerAs) {
        @SuppressWarnings("unchecked")
        var deadline = new RequestDeadline(api.timeoutFor((Map<String, Object>) body.get("extensions")));
        WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(uri(request), headers(request), new LinkedMultiValueMap<>(),
                new InetSocketAddress(request.getRemoteAddr(), request.getRemotePort()), Map.of(), body,
                UUID.randomUUID().toString(), request.getLocale() == null ? Locale.getDefault() : request.getLocale());
        graphQlRequest.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(CurrentRequest.KEY, deadline);
            return input;
        });

        AsyncContext async = request.startAsync();
        async.setTimeout(0); // the request's own deadline bounds it
        var exchange = new Exchange(response, async, answerAs, deadline);
        long every = api.disconnectCheck().toNanos();
        exchange.probe = timers.scheduleWithFixedDelay(exchange::probe, every, every, TimeUnit.NANOSECONDS);
        handler.handleRequest(graphQlRequest).subscribe(exchange::answer, exchange::fail);
    }

    /** One request being answered: the final answer and the connection checks take turns on the response. */
    private final class Exchange {

        private final HttpServletResponse response;
        private final AsyncContext async;
        private final MediaType answerAs;
        private final RequestDeadline deadline;
        private volatile ScheduledFuture<?> probe;
        private boolean answered;
        private boolean committed;

        Exchange(HttpServletResponse response, AsyncContext async, MediaType answerAs, RequestDeadline deadline) {
            this.response = response;
            this.async = async;
            this.answerAs = answerAs;
            this.deadline = deadline;
        }

        /** Writes one byte of JSON whitespace to learn whether the client is still there. */
        synchronized void probe() {
            if (answered || !deadline.admitted()) {
                return;
            }
            try {
                if (!committed) {
                    response.setStatus(200);
                    response.setContentType(answerAs + ";charset=UTF-8");
                    committed = true;
                }
                OutputStream out = response.getOutputStream();
                out.write(' ');
                out.flush();
            }
            catch (IOException | RuntimeException e) {
                clientLeft();
            }
        }

        private void clientLeft() {
            answered = true;
            stopProbing();
            deadline.stop(RequestDeadline.Stop.CANCELLED);
            timers.execute(() -> transactions.terminate(deadline.id()));
            async.complete();
        }

        synchronized void answer(WebGraphQlResponse result) {
            if (answered) {
                return;
            }
            answered = true;
            stopProbing();
            try {
                if (!committed) {
                    boolean requestError = !result.getExecutionResult().isDataPresent() && GRAPHQL_RESPONSE.equals(answerAs);
                    response.setStatus(requestError ? 400 : 200);
                    result.getResponseHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
                    response.setContentType(answerAs + ";charset=UTF-8");
                }
                json.writeValue(response.getOutputStream(), result.toMap());
            }
            catch (IOException | JacksonException e) {
                deadline.stop(RequestDeadline.Stop.CANCELLED);
                log.debug("The client left before its answer was written", e);
            }
            finally {
                async.complete();
            }
        }

        synchronized void fail(Throwable error) {
            if (answered) {
                return;
            }
            answered = true;
            stopProbing();
            log.error("GraphQL request failed outside of any field", error);
            try {
                if (!committed) {
                    writeError(response, 500, ErrorCode.INTERNAL_ERROR, "Internal error; it has been logged", answerAs);
                }
            }
            catch (IOException e) {
                log.debug("The client left before its answer was written", e);
            }
            finally {
                async.complete();
            }
        }

        private void stopProbing() {
            if (probe != null) {
                probe.cancel(false);
            }
        }
    }

    private void writeError(HttpServletResponse response, int status, ErrorCode code, String message, MediaType answerAs)
            throws IOException {
        response.setStatus(status);
        response.setContentType(answerAs + ";charset=UTF-8");
        var error = new LinkedHashMap<String, Object>();
        error.put("message", message);
        error.put("extensions", Map.of("code", code.name()));
        json.writeValue(response.getOutputStream(), Map.of("errors", List.of(error)));
    }

    private static URI uri(HttpServletRequest request) {
        // Without the query string: a GET's raw query need not be a valid URI, and it is read as parameters.
        return URI.create(request.getRequestURL().toString());
    }

    private static HttpHeaders headers(HttpServletRequest request) {
        var headers = new HttpHeaders();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.addAll(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }
}
