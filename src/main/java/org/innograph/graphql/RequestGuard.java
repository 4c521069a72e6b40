package org.innograph.graphql;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import graphql.ExecutionInput;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.DataFetcherResult;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.ParserOptions;
import graphql.schema.DataFetcher;
import org.innograph.database.CurrentRequest;
import org.innograph.database.RequestDeadline;
import org.innograph.database.RequestTransactions;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps every GraphQL request inside the API's bounds ({@link ApiProperties}).
 *
 * <ul>
 *   <li><b>Before it runs</b>: the document is parsed with a token cap, then measured ({@link QueryCost}):
 *   depth, cost, aliases and top-level fields. A query over a bound is refused with a coded error that names
 *   the bound and the query's figure, before anything reaches Neo4j.</li>
 *   <li><b>While it runs</b>: the request has a deadline ({@link RequestDeadline}). Past it no data fetcher
 *   runs (the field answers TIMEOUT, and what was fetched before stays), the request's Neo4j transactions
 *   are terminated, and a second later the execution itself is cancelled. The answer's size is estimated as
 *   it is built; past the cap the execution is cancelled (RESPONSE_TOO_LARGE).</li>
 *   <li><b>After</b>: {@code extensions.cost} tells the client what its query cost.</li>
 * </ul>
 */
@Component
@Order(0)
class RequestGuard extends SimplePerformantInstrumentation {

    /** How long after the deadline a still-running execution is cancelled outright. */
    static final Duration CANCEL_GRACE = Duration.ofSeconds(1);
    /** The deepest document the cost analysis itself will walk. */
    private static final int ANALYSIS_DEPTH = 200;

    private final ApiProperties api;
    private final RequestTransactions transactions;
    private final ScheduledExecutorService timers;
    private final AtomicInteger running = new AtomicInteger();

    RequestGuard(ApiProperties api, RequestTransactions transactions, ScheduledExecutorService requestTimers,
            MeterRegistry meters) {
        this.api = api;
        this.transactions = transactions;
        this.timers = requestTimers;
        Gauge.builder("innograph.graphql.running", running, AtomicInteger::get)
                .description("GraphQL executions running now").register(meters);
    }

    /** One request's bounds as it runs. */
    static final class Guarded implements InstrumentationState {

        final RequestDeadline deadline;
        final long responseLimit;
        final AtomicLong responseBytes = new AtomicLong();
        /** Set once the answer passed its size limit, whatever else stopped the request first. */
        final AtomicBoolean tooLarge = new AtomicBoolean();
        final List<ScheduledFuture<?>> timers = new ArrayList<>();
        final AtomicBoolean finished = new AtomicBoolean();
        volatile ExecutionInput input;
        volatile QueryCost cost;

        Guarded(RequestDeadline deadline, long responseLimit) {
            this.deadline = deadline;
            this.responseLimit = responseLimit;
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        ExecutionInput input = parameters.getExecutionInput();
        GraphQLContext context = input.getGraphQLContext();
        RequestDeadline deadline = context.get(CurrentRequest.KEY);
        if (deadline == null) {
            deadline = new RequestDeadline(api.timeoutFor(input.getExtensions()));
            context.put(CurrentRequest.KEY, deadline);
        }
        running.incrementAndGet();
        return new Guarded(deadline, api.responseLimitFor(input.getExtensions()));
    }

    /** The bounds a glance at the raw text can check, before the parser spends ~15 µs a token. */
    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        QueryText text = QueryText.of(input.getQuery());
        if (text.tokens() > api.maxTokens()) {
            throw LimitExceeded.refuse(ErrorCode.QUERY_TOO_LARGE, "max-tokens", api.maxTokens(), text.tokens(),
                    "Tokens in the query document, about", "Send a shorter query, with variables for long values.");
        }
        if (text.aliases() > api.maxAliases()) {
            throw LimitExceeded.refuse(ErrorCode.TOO_MANY_ALIASES, "max-aliases", api.maxAliases(), text.aliases(),
                    "Aliased fields", "Split the query into several requests.");
        }
        input.getGraphQLContext().put(ParserOptions.class, ParserOptions.getDefaultOperationParserOptions().transform(
                options -> options.maxTokens(api.maxTokens())));
        return input;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Guarded guarded = (Guarded) state;
        guarded.input = parameters.getExecutionInput();
        long remaining = guarded.deadline.remaining().toNanos();
        guarded.timers.add(timers.schedule(() -> {
            guarded.deadline.stop(RequestDeadline.Stop.TIMEOUT);
            transactions.terminate(guarded.deadline.id());
        }, remaining, TimeUnit.NANOSECONDS));
        guarded.timers.add(timers.schedule(guarded.input::cancel, remaining + CANCEL_GRACE.toNanos(), TimeUnit.NANOSECONDS));
        // A client that left, or an answer too large: nothing more is worth computing.
        guarded.deadline.onStop(reason -> {
            if (reason != RequestDeadline.Stop.TIMEOUT) {
                guarded.input.cancel();
            }
        });
        return SimpleInstrumentationContext.whenCompleted((result, error) -> finish(guarded));
    }

    private static Set<String> fieldNames(ExecutableNormalizedOperation operation) {
        var names = new HashSet<String>();
        var pending = new ArrayDeque<>(operation.getTopLevelFields());
        while (!pending.isEmpty()) {
            ExecutableNormalizedField field = pending.pop();
            names.add(field.getName());
            pending.addAll(field.getChildren());
        }
        return Set.copyOf(names);
    }

    /** Once per request, however it ended: a refusal before validation skips the execution's own end. */
    private void finish(Guarded guarded) {
        if (guarded.finished.compareAndSet(false, true)) {
            running.decrementAndGet();
            guarded.timers.forEach(timer -> timer.cancel(false));
        }
    }

    /**
     * The cheap bounds, checked on the parsed document before GraphQL Java validates it, since validating a
     * document of hundreds of aliases alone takes longer than refusing it should.
     */
    @Override
    public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        DocumentShape shape = DocumentShape.of(documentAndVariables.getDocument(), parameters.getOperation(), api.maxFields());
        if (shape.cutShort()) {
            throw LimitExceeded.refuse(ErrorCode.QUERY_TOO_COSTLY, "max-fields", api.maxFields(), shape.fields(),
                    "Fields once fragments are expanded: at least", "Spread fewer fragments, or spread them fewer times.");
        }
        check(shape.depth(), shape.rootFields(), shape.aliases());
        return documentAndVariables;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        ExecutableNormalizedOperation operation;
        try {
            operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(execution.getGraphQLSchema(),
                    execution.getOperationDefinition(), execution.getFragmentsByName(), execution.getCoercedVariables(),
                    ExecutableNormalizedOperationFactory.Options.defaultOptions()
                            .maxChildrenDepth(ANALYSIS_DEPTH).maxFieldsCount(api.maxFields()));
        }
        catch (AbortExecutionException tooBig) {
            boolean deep = String.valueOf(tooBig.getMessage()).contains("depth");
            throw deep
                    ? LimitExceeded.refuse(ErrorCode.QUERY_TOO_DEEP, "max-depth", api.maxDepth(), ANALYSIS_DEPTH + 1L,
                            "Fields nest at least this deep", "Ask for fewer levels at once.")
                    : LimitExceeded.refuse(ErrorCode.QUERY_TOO_COSTLY, "max-fields", api.maxFields(), api.maxFields() + 1L,
                            "Fields once fragments are expanded: more than", "Spread fewer fragments, or spread them fewer times.");
        }
        execution.getGraphQLContext().put(CurrentSelection.KEY, fieldNames(operation));
        QueryCost cost = QueryCost.of(operation, execution.getGraphQLSchema(), api);
        ((Guarded) state).cost = cost;
        check(cost);
        ((Guarded) state).deadline.admit();
        return SimpleInstrumentationContext.noOp();
    }

    private void check(int depth, int rootFields, int aliases) {
        if (depth > api.maxDepth()) {
            throw LimitExceeded.refuse(ErrorCode.QUERY_TOO_DEEP, "max-depth", api.maxDepth(), depth, "Fields nest",
                    "Ask for fewer levels at once: fetch deeper parts with node(id) or the filtered lists.");
        }
        if (rootFields > api.maxRootFields()) {
            throw LimitExceeded.refuse(ErrorCode.TOO_MANY_ROOT_FIELDS, "max-root-fields", api.maxRootFields(),
                    rootFields, "Top-level fields", "Split the query into several requests.");
        }
        if (aliases > api.maxAliases()) {
            throw LimitExceeded.refuse(ErrorCode.TOO_MANY_ALIASES, "max-aliases", api.maxAliases(), aliases,
                    "Aliased fields", "Split the query into several requests.");
        }
    }

    private void check(QueryCost cost) {
        // Checked again on the operation: a cached, preparsed document would skip instrumentDocumentAndVariables.
        check(cost.depth(), cost.rootFields(), cost.aliases());
        if (cost.cost() > api.maxCost()) {
            throw LimitExceeded.refuse(ErrorCode.QUERY_TOO_COSTLY, "max-cost", api.maxCost(), cost.cost(), "Query cost",
                    "Lower first/limit/k, or nest fewer lists: each list multiplies the cost of what is inside it.");
        }
    }

    /** Past the deadline, or once the request is stopped, a field is not fetched but answered with why. */
    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return dataFetcher;
        }
        Guarded guarded = (Guarded) state;
        return environment -> {
            RequestDeadline.Stop stopped = guarded.deadline.stopped();
            if (stopped != null) {
                return DataFetcherResult.newResult()
                        .error(GraphqlErrorBuilder.newError(environment).message(message(stopped, guarded)).errorType(ErrorCode.of(stopped))
                                .extensions(extensions(stopped, guarded)).build())
                        .build();
            }
            return dataFetcher.get(environment);
        };
    }

    /** Adds an estimate of each answered value's size; past the cap the execution is cancelled. */
    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        Guarded guarded = (Guarded) state;
        long bytes = parameters.getExecutionStepInfo().getField().getResultKey().length() + 4L
                + ResponseSize.estimate(parameters.getFetchedObject());
        if (guarded.responseBytes.addAndGet(bytes) > guarded.responseLimit && guarded.tooLarge.compareAndSet(false, true)) {
            guarded.deadline.stop(RequestDeadline.Stop.RESPONSE_TOO_LARGE);
            // Already stopped for its deadline, the request keeps what was fetched in time, and a fetch that
            // ended just past the deadline is still being completed: the size limit holds over that too.
            guarded.input.cancel();
        }
        return null;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Guarded guarded = (Guarded) state;
        finish(guarded);
        RequestDeadline.Stop stopped = guarded.deadline.stopped();
        List<GraphQLError> errors = result.getErrors();
        if (stopped != null) {
            // GraphQL Java's own "asked to be cancelled" abort becomes the reason it was cancelled.
            RequestDeadline.Stop cancelledFor = guarded.tooLarge.get() ? RequestDeadline.Stop.RESPONSE_TOO_LARGE : stopped;
            errors = errors.stream().map(error -> error instanceof AbortExecutionException ? stoppedError(cancelledFor, guarded) : error).toList();
            for (RequestDeadline.Stop reason : new LinkedHashSet<>(List.of(stopped, cancelledFor))) {
                if (errors.stream().noneMatch(error -> ErrorCode.of(reason).name().equals(codeOf(error)))) {
                    errors = new ArrayList<>(errors);
                    errors.add(stoppedError(reason, guarded));
                }
            }
        }
        List<GraphQLError> answered = errors;
        QueryCost cost = guarded.cost;
        return CompletableFuture.completedFuture(result.transform(builder -> {
            builder.errors(answered);
            if (cost != null) {
                builder.addExtension("cost", cost.toExtension(api));
            }
        }));
    }

    private GraphQLError stoppedError(RequestDeadline.Stop stopped, Guarded guarded) {
        return GraphqlErrorBuilder.newError().message(message(stopped, guarded)).errorType(ErrorCode.of(stopped))
                .extensions(extensions(stopped, guarded)).build();
    }

    /** The code, and for a bound the limit this request had and the setting behind it. */
    private static Map<String, Object> extensions(RequestDeadline.Stop stopped, Guarded guarded) {
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("code", ErrorCode.of(stopped).name());
        if (stopped == RequestDeadline.Stop.RESPONSE_TOO_LARGE) {
            extensions.put("limit", guarded.responseLimit);
            extensions.put("setting", "innograph.api.max-response-size");
        }
        if (stopped == RequestDeadline.Stop.TIMEOUT) {
            extensions.putAll(deadlineBound(guarded.deadline));
        }
        return extensions;
    }

    /** A TIMEOUT's bound, wherever it is raised: the deadline this request had, and the setting behind it. */
    static Map<String, Object> deadlineBound(RequestDeadline deadline) {
        var bound = new LinkedHashMap<String, Object>();
        bound.put("limit", deadline.timeout().toMillis());
        bound.put("setting", "innograph.api.request-timeout");
        return bound;
    }

    private static String message(RequestDeadline.Stop stopped, Guarded guarded) {
        return switch (stopped) {
            case TIMEOUT -> "The request ran past its deadline of %d ms; the answer holds what was fetched until then. "
                    .formatted(guarded.deadline.timeout().toMillis()) + "Narrow it down (smaller first/limit/depth) or split it.";
            case CANCELLED -> "The request was cancelled because its client went away.";
            case RESPONSE_TOO_LARGE -> "The answer grew past its size limit of %,d bytes (innograph.api.max-response-size, or "
                    .formatted(guarded.responseLimit) + "less if the request asked); ask for fewer items or fields.";
        };
    }

    private static Object codeOf(GraphQLError error) {
        return error.getExtensions() == null ? null : error.getExtensions().get("code");
    }
}
