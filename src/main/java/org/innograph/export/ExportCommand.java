package org.innograph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.innograph.database.CurrentRequest;
import org.innograph.database.RequestDeadline;
import org.innograph.graphql.InvalidArgumentException;
import org.innograph.graphql.NotFoundException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar innograph.jar export [QUESTION] --format graphml|gexf|csv|cyjs|folder --out FILE [--innograph.…=…]}:
 * the whole graph, or the subgraph answer of {@code QUESTION} written as the HTTP export's path and query
 * ({@code 'neighbourhood?id=lab:0001&depth=2'}, the same questions, arguments, checks and caps:
 * {@link SubgraphQuestions}), to a file, from the embedded database (the service stopped: it holds the
 * store) or from {@code NEO4J_URI}. Starts the application without a web server and without the sample loader, streams
 * the export to a file beside {@code FILE} and moves it into place when complete, so a failed export
 * leaves no half file. Other arguments go to Spring as usual. Exit status as the import command's: 0 when
 * written, 1 when a node asked about does not exist, 64 for a usage error (a refused argument included), 70
 * when the export failed.
 */
public final class ExportCommand {

    static final int OK = 0;
    static final int NOT_FOUND = 1;
    static final int USAGE_ERROR = 64;
    static final int FAILED = 70;

    static final String USAGE = """
            usage: export [QUESTION] --format graphml|gexf|csv|cyjs|folder --out FILE [--innograph.neo4j.uri=… | --innograph.neo4j.embedded.data-directory=…]
              QUESTION: the whole graph when left out, else a subgraph answer as the HTTP export asks it,
                e.g. 'neighbourhood?id=lab:0001&depth=2' (neighbourhood, shortestPath, shortestPaths,
                kShortestPaths, connectingLabs, regionMatrix; README, "Exports").
              The format may be left out when FILE ends in .graphml, .gexf, .csv.zip, .cyjs or .folder.zip.""";

    private final PrintStream err;

    ExportCommand(PrintStream err) {
        this.err = err;
    }

    /** Whether the command line asks for this command. */
    public static boolean asked(String[] args) {
        return args.length > 0 && args[0].equals("export");
    }

    /** Runs the command for the application whose primary source is given; returns the exit status. */
    public static int run(Class<?> application, String[] args) {
        return new ExportCommand(System.err).execute(application, args);
    }

    /**
     * @param question {@code graph} (the whole graph) or a subgraph question
     * @param arguments the question's arguments, as the query parameters of its HTTP export
     */
    record Options(String question, Map<String, List<String>> arguments, ExportFormat format, Path out, List<String> springArgs) {

        Options(ExportFormat format, Path out, List<String> springArgs) {
            this("graph", Map.of(), format, out, springArgs);
        }
    }

    int execute(Class<?> application, String[] args) {
        Options options;
        try {
            options = parse(args);
        }
        catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return USAGE_ERROR;
        }
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("innograph.sample.enabled=false", "spring.main.banner-mode=off",
                        "innograph.neo4j.embedded.bolt-port=0", "logging.level.root=WARN")
                .run(options.springArgs().toArray(String[]::new))) {
            Exported exported = write(context, options);
            err.printf("Exported %,d nodes and %,d edges to %s (%s, %,d bytes) in %.1f s%n", exported.nodes(), exported.edges(),
                    options.out(), options.format().extension(), Files.size(options.out()), (System.nanoTime() - started) / 1e9);
            return OK;
        }
        catch (ExportRefused e) {
            return refused(e.getMessage(), e.argument());
        }
        catch (InvalidArgumentException e) {
            return refused(e.getMessage(), e.argument());
        }
        catch (NotFoundException e) {
            err.println("Export failed: " + e.getMessage());
            return NOT_FOUND;
        }
        catch (IOException | RuntimeException e) {
            err.println("Export failed: " + e);
            return FAILED;
        }
    }

    /** A question's argument refused, as the HTTP export refuses it with 400: a usage error. */
    private int refused(String message, String argument) {
        err.println("Refused: " + message + (argument == null ? "" : " (argument `" + argument + "`)"));
        return USAGE_ERROR;
    }

    private static Exported write(ConfigurableApplicationContext context, Options options) throws IOException {
        GraphExport export = context.getBean(GraphExport.class);
        Duration timeout = context.getBean(ExportProperties.class).timeout();
        Path partial = options.out().resolveSibling(options.out().getFileName() + ".partial");
        var current = new CurrentRequest();
        // A deadline of its own, so each query's transaction runs to the export's timeout rather than to the
        // database's default transaction timeout.
        current.setValue(new RequestDeadline(timeout));
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            Exported exported = options.question().equals("graph")
                    ? export.whole(options.format(), out)
                    : export.subgraph(export.prepare(context.getBean(SubgraphQuestions.class)
                            .answer(options.question(), new ExportArguments(options.arguments()))), options.format(), out);
            out.close();
            Files.move(partial, options.out(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return exported;
        }
        finally {
            current.setValue();
            Files.deleteIfExists(partial);
        }
    }

    static Options parse(String[] args) {
        ExportFormat format = null;
        Path out = null;
        String question = "graph";
        Map<String, List<String>> arguments = Map.of();
        var springArgs = new ArrayList<String>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--format") || arg.equals("--out")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                String value = args[++i];
                if (arg.equals("--format")) {
                    format = ExportFormat.byName(value)
                            .orElseThrow(() -> new IllegalArgumentException("Unknown format '" + value + "'"));
                }
                else {
                    out = Path.of(value);
                }
            }
            else if (arg.startsWith("--format=") || arg.startsWith("--out=")) {
                String[] pair = arg.split("=", 2);
                return parse(withSplit(args, i, pair));
            }
            else if (!arg.startsWith("-") && question.equals("graph") && springArgs.isEmpty()) {
                int query = arg.indexOf('?');
                question = query < 0 ? arg : arg.substring(0, query);
                if (!question.equals("graph") && !SubgraphQuestions.NAMES.contains(question)) {
                    throw new IllegalArgumentException("Unknown question '" + question + "': graph or one of "
                            + SubgraphQuestions.NAMES.stream().sorted().toList());
                }
                arguments = query < 0 ? Map.of() : queryParameters(arg.substring(query + 1));
            }
            else {
                springArgs.add(arg);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("Give the file to write with --out FILE");
        }
        if (format == null) {
            String name = out.getFileName().toString();
            format = fromFileName(name).orElseThrow(() -> new IllegalArgumentException(
                    "Give --format: '" + name + "' does not end in .graphml, .gexf, .csv.zip or .cyjs"));
        }
        return new Options(question, arguments, format, out, List.copyOf(springArgs));
    }

    /** {@code id=lab%3A0001&depth=2&fields=a,b} as the HTTP export reads its query: names to their values, decoded. */
    private static Map<String, List<String>> queryParameters(String query) {
        var parameters = new LinkedHashMap<String, List<String>>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, unused -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static Optional<ExportFormat> fromFileName(String name) {
        for (ExportFormat format : ExportFormat.values()) {
            if (name.endsWith("." + format.extension())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The arguments with {@code --name=value} at {@code i} as two arguments. */
    private static String[] withSplit(String[] args, int i, String[] pair) {
        var split = new ArrayList<>(List.of(args).subList(0, i));
        split.add(pair[0]);
        split.add(pair[1]);
        split.addAll(List.of(args).subList(i + 1, args.length));
        return split.toArray(String[]::new);
    }
}
