package org.innograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.innograph.database.CurrentRequest;
import org.innograph.database.RequestDeadline;
import org.innograph.database.RequestStoppedException;
import org.innograph.graphql.ApiProperties;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.graphql.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports over HTTP: {@code GET /export/{question}.{format}?{arguments}}. {@code graph} is the whole graph,
 * streamed; any other question is a GraphQL field that answers a subgraph ({@link SubgraphQuestions}), with
 * the GraphQL arguments as query parameters, bounded as that field is, its request timeout included (and,
 * as {@code extensions.timeoutMs} over GraphQL, {@code timeoutMs} may ask for less). The
 * format is {@code graphml}, {@code gexf}, {@code csv.zip} or {@code cyjs}. A refused request answers with an
 * {@code application/problem+json} body naming the parameter and the reason, never a stack trace.
 */
@RestController
@RequestMapping("/export")
class ExportController {

    private static final Logger log = LoggerFactory.getLogger(ExportController.class);

    private final GraphExport export;
    private final SubgraphQuestions questions;
    private final ApiProperties api;
    private final ExportProperties properties;
    private final Semaphore wholeGraphExports;
    private final CurrentRequest currentRequest = new CurrentRequest();

    ExportController(GraphExport export, SubgraphQuestions questions, ApiProperties api, ExportProperties properties) {
        this.export = export;
        this.questions = questions;
        this.api = api;
        this.properties = properties;
        this.wholeGraphExports = new Semaphore(properties.maxConcurrent());
    }

    @GetMapping("/{file}")
    void export(@PathVariable String file, @RequestParam MultiValueMap<String, String> parameters,
            HttpServletResponse response) throws IOException {
        int dot = file.indexOf('.');
        String question = dot < 0 ? file : file.substring(0, dot);
        ExportFormat format = (dot < 0 ? null : ExportFormat.byExtension(file.substring(dot + 1)).orElse(null));
        if (format == null || !(question.equals("graph") || SubgraphQuestions.NAMES.contains(question))) {
            throw new ExportRefused(404, "NOT_FOUND", null, "No export '%s': ask for /export/{question}.{format}, the question "
                    .formatted(file) + "graph or one of " + SubgraphQuestions.NAMES.stream().sorted().toList()
                    + ", the format one of " + Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).toList());
        }
        var args = new ExportArguments(parameters);
        if (question.equals("graph")) {
            args.noOthers();
            wholeGraph(file, format, response);
            return;
        }
        // As over GraphQL: the request timeout, or less when the client asks for less (timeoutMs).
        Integer timeoutMs = args.integer(ApiProperties.TIMEOUT_MS);
        var deadline = new RequestDeadline(api.timeoutFor(timeoutMs == null ? null : Map.of(ApiProperties.TIMEOUT_MS, timeoutMs)));
        GraphExport.Prepared answer = within(deadline, () -> export.prepare(questions.answer(question, args)));
        start(response, file, format);
        export.subgraph(answer, format, response.getOutputStream());
    }

    /**
     * The whole graph, streamed as the database reads it: the status is sent before the first node, so a
     * failure later (the client gone, the export's timeout) can only cut the file short; it is logged.
     */
    private void wholeGraph(String file, ExportFormat format, HttpServletResponse response) throws IOException {
        if (!wholeGraphExports.tryAcquire()) {
            throw new ExportRefused(429, "TOO_MANY_EXPORTS", null, "%d exports of the whole graph are running; try again later (innograph.export.max-concurrent)"
                    .formatted(properties.maxConcurrent()));
        }
        try {
            start(response, file, format);
            OutputStream out = response.getOutputStream();
            Exported exported = within(new RequestDeadline(properties.timeout()), () -> {
                try {
                    return export.whole(format, out);
                }
                catch (IOException e) {
                    log.debug("Export of the whole graph ended early: the client left", e);
                    return null;
                }
            });
            if (exported != null) {
                log.info("Exported the whole graph as {}: {} nodes, {} edges", format.extension(), exported.nodes(), exported.edges());
            }
        }
        catch (RuntimeException e) {
            log.warn("Export of the whole graph as {} stopped short: {}", format.extension(), e.toString());
        }
        finally {
            wholeGraphExports.release();
        }
    }

    private static void start(HttpServletResponse response, String file, ExportFormat format) {
        response.setStatus(200);
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"innograph-" + file + "\"");
    }

    /** Runs work as the request's, bounded by the deadline: its queries end when it passes. */
    private <T> T within(RequestDeadline deadline, Supplier<T> work) {
        currentRequest.setValue(deadline);
        try {
            return work.get();
        }
        finally {
            currentRequest.setValue();
        }
    }

    @ExceptionHandler(ExportRefused.class)
    ResponseEntity<ProblemDetail> refused(ExportRefused refused) {
        return problem(HttpStatus.valueOf(refused.status()), refused.code(), refused.argument(), refused.getMessage());
    }

    @ExceptionHandler(InvalidArgumentException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidArgumentException invalid) {
        return problem(HttpStatus.BAD_REQUEST, "BAD_USER_INPUT", invalid.argument(), invalid.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException notFound) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", null, notFound.getMessage());
    }

    @ExceptionHandler({RequestStoppedException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> timeout(RuntimeException stopped) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "TIMEOUT", null, "The export ran past its deadline: at most "
                + "innograph.api.request-timeout (%d s), less when timeoutMs asks for less".formatted(api.requestTimeout().toSeconds()));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> failed(RuntimeException error) {
        log.error("Export failed", error);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", null, "Internal error; it has been logged");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String argument, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setProperty("code", code);
        if (argument != null) {
            problem.setProperty("argument", argument);
        }
        return ResponseEntity.status(status).body(problem);
    }
}
