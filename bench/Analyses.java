import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Times the network analyses of issue 17 against a running service, one after another, nothing else asked
 * meanwhile (bench/analyses.sh starts the service and stops it). The jobs (brokers, communities, brokers between
 * the African Union and Asia) are asked once and polled every 250 ms until they are no longer RUNNING: the time is
 * from the first request to that poll. The direct questions (the densest institution's ego network and suggested
 * partners, a timeline, coverage by region and by country) are asked twice: the first time plans their query.
 * For each: the service's peak resident size during it (VmHWM, reset before it through /proc/PID/clear_refs),
 * and from its GC log (-Xlog:gc with wall-clock times) the largest heap before a collection and left after one
 * during it. The densest institution (most COOPERATES_WITH ties) is found over Bolt before the clock starts.
 *
 * <p>Usage: java -cp 'APP/lib/*' bench/Analyses.java GRAPHQL_URL BOLT_URI PID GC_LOG
 */
public class Analyses {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final Pattern GC = Pattern.compile("^\\[([^\\]]+)\\].*GC\\(\\d+\\) (Pause .*?) (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    static final DateTimeFormatter GC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    static String url;
    static long pid;
    static Path gcLog;

    record Outcome(String question, double seconds, String result, String figures, long peakRssMb, String heap) {
    }

    public static void main(String[] args) throws Exception {
        url = args[0];
        String bolt = args[1];
        pid = Long.parseLong(args[2]);
        gcLog = Path.of(args[3]);

        String hub;
        long hubTies;
        try (var driver = GraphDatabase.driver(bolt, AuthTokens.none()); var session = driver.session()) {
            var row = session.run("MATCH (i:Institution) WITH i, COUNT { (i)-[:COOPERATES_WITH]-() } AS ties "
                    + "RETURN i.id AS id, ties ORDER BY ties DESC, id LIMIT 1").single();
            hub = row.get("id").asString();
            hubTies = row.get("ties").asLong();
        }
        System.out.printf("Densest institution: %s, %,d COOPERATES_WITH ties%n%n", hub, hubTies);

        var outcomes = new ArrayList<Outcome>();
        outcomes.add(job("brokers", "{ brokers(first: 3) { status progress nodes ties exact samples errorBound error "
                + "actors { institution { id } degree betweenness pageRank } } }", "brokers", data -> {
                    JsonNode b = data.get("brokers");
                    return "%s nodes, %s ties; betweenness %s%s; first %s (betweenness %.4f, degree %s)".formatted(
                            b.get("nodes"), b.get("ties"), b.get("exact").asBoolean() ? "exact" : "sampled from " + b.get("samples") + " sources",
                            b.get("exact").asBoolean() ? "" : ", error bound %.4f".formatted(b.get("errorBound").asDouble()),
                            first(b.get("actors"), "institution"), b.at("/actors/0/betweenness").asDouble(), b.at("/actors/0/degree"));
                }));
        outcomes.add(job("communities", "{ communities(first: 3, top: 3) { status progress nodes ties modularity levels communityCount "
                + "componentCount error communities { id size institutions } } }", "communities", data -> {
                    JsonNode c = data.get("communities");
                    return "%s nodes, %s ties; %s components, %s Louvain communities, modularity %.4f after %s levels; largest %s members".formatted(
                            c.get("nodes"), c.get("ties"), c.get("componentCount"), c.get("communityCount"), c.get("modularity").asDouble(),
                            c.get("levels"), c.at("/communities/0/size"));
                }));
        outcomes.add(job("regionBrokers (African Union to Asia)", "{ regionBrokers(from: \"region:AU\", to: \"region:M49-142\", first: 3) "
                + "{ status progress institutionsFrom institutionsTo pairs pairsMeasured connectedPairs sources sampled candidatesTested error "
                + "actors { institution { id } disconnectedPairs addedHops pathShare } } }", "regionBrokers", data -> {
                    JsonNode r = data.get("regionBrokers");
                    return "%s x %s institutions, %s pairs, %s measured (%s sources%s), %s connected, %s candidates tested; first %s (%s pairs cut, %s hops added)"
                            .formatted(r.get("institutionsFrom"), r.get("institutionsTo"), r.get("pairs"), r.get("pairsMeasured"), r.get("sources"),
                                    r.get("sampled").asBoolean() ? ", sampled" : "", r.get("connectedPairs"), r.get("candidatesTested"),
                                    first(r.get("actors"), "institution"), r.at("/actors/0/disconnectedPairs"), r.at("/actors/0/addedHops"));
                }));
        for (int run = 1; run <= 2; run++) {
            String which = run == 1 ? " (1st)" : " (2nd)";
            outcomes.add(ask("egoNetwork of " + hub + which, "{ egoNetwork(id: \"" + hub + "\", first: 3) { size altersMeasured ties truncated "
                    + "effectiveSize efficiency constraint } }", data -> {
                        JsonNode e = data.get("egoNetwork");
                        return "%s alters (%s measured, truncated %s), %s ties among them, effective size %.2f, constraint %.4f".formatted(
                                e.get("size"), e.get("altersMeasured"), e.get("truncated"), e.get("ties"), e.get("effectiveSize").asDouble(),
                                e.get("constraint").asDouble());
                    }));
            outcomes.add(ask("suggestedPartners of " + hub + which, "{ suggestedPartners(id: \"" + hub + "\", first: 10) { neighbours candidates "
                    + "truncated suggestions { partner { id } score } } }", data -> {
                        JsonNode s = data.get("suggestedPartners");
                        return "%s neighbours, %s candidates, truncated %s; first %s (Adamic-Adar %.3f)".formatted(s.get("neighbours"),
                                s.get("candidates"), s.get("truncated"), s.at("/suggestions/0/partner/id").asText("-"),
                                s.at("/suggestions/0/score").asDouble());
                    }));
            outcomes.add(ask("timeline 2000-2025" + which, "{ timeline(from: 2000, to: 2025) { years { year existing added newTieCount } } }",
                    data -> {
                        JsonNode years = data.at("/timeline/years");
                        JsonNode last = years.get(years.size() - 1);
                        return "%d years; 2025: %s existing, %s added, %s new ties".formatted(years.size(), last.get("existing"),
                                last.get("added"), last.get("newTieCount"));
                    }));
            for (String group : List.of("REGION", "COUNTRY")) {
                outcomes.add(ask("coverage by " + group.toLowerCase() + which, "{ coverage(groupBy: " + group + ") { totalCount truncated "
                        + "rows { cells { count } } } }", data -> {
                            JsonNode c = data.get("coverage");
                            long cells = 0;
                            for (JsonNode row : c.get("rows")) {
                                cells += row.get("cells").size();
                            }
                            return "%d of %s areas, %,d cells".formatted(c.get("rows").size(), c.get("totalCount"), cells);
                        }));
            }
        }

        System.out.println("| question | seconds | answer | figures | peak RSS MB | heap MB: largest before a GC / left after (GCs) |");
        System.out.println("|---|---|---|---|---|---|");
        for (Outcome o : outcomes) {
            System.out.printf("| %s | %.1f | %s | %s | %,d | %s |%n", o.question(), o.seconds(), o.result(), o.figures(), o.peakRssMb(), o.heap());
        }
    }

    interface Figures {
        String of(JsonNode data);
    }

    /** A job: asked, then polled until it is no longer RUNNING. */
    static Outcome job(String question, String query, String field, Figures figures) throws Exception {
        resetPeak();
        long started = System.currentTimeMillis();
        JsonNode answer;
        while (true) {
            answer = post(query);
            JsonNode status = answer.at("/data/" + field + "/status");
            if (answer.has("errors") || !"RUNNING".equals(status.asText())) {
                break;
            }
            Thread.sleep(250);
        }
        long ended = System.currentTimeMillis();
        String result;
        String described = "";
        if (answer.has("errors")) {
            result = "error " + error(answer);
        }
        else if ("FAILED".equals(answer.at("/data/" + field + "/status").asText())) {
            result = "FAILED: " + answer.at("/data/" + field + "/error").asText();
        }
        else {
            result = "DONE";
            described = figures.of(answer.get("data"));
        }
        return new Outcome(question, (ended - started) / 1000.0, result, described, peakRssMb(), heap(started, ended));
    }

    /** A direct question: asked once, answered or refused. */
    static Outcome ask(String question, String query, Figures figures) throws Exception {
        resetPeak();
        long started = System.currentTimeMillis();
        JsonNode answer = post(query);
        long ended = System.currentTimeMillis();
        boolean answered = !answer.has("errors");
        return new Outcome(question, (ended - started) / 1000.0, answered ? "answered" : "error " + error(answer),
                answered ? figures.of(answer.get("data")) : "", peakRssMb(), heap(started, ended));
    }

    static JsonNode post(String query) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)))).build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    static String error(JsonNode answer) {
        JsonNode e = answer.at("/errors/0");
        return e.at("/extensions/code").asText("?") + ": " + e.get("message").asText().replace('|', '/');
    }

    static String first(JsonNode list, String field) {
        return list == null || list.isEmpty() ? "-" : list.get(0).get(field).get("id").asText();
    }

    /** Resets the service's peak resident size (VmHWM), so the next reading is the peak since. */
    static void resetPeak() {
        try {
            Files.writeString(Path.of("/proc/" + pid + "/clear_refs"), "5");
        }
        catch (IOException e) {
            System.err.println("Cannot reset the peak resident size: " + e);
        }
    }

    static long peakRssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /** From the GC log, between two wall-clock instants: the largest heap before a collection and left after one. */
    static String heap(long from, long to) throws IOException {
        long before = 0;
        long after = 0;
        int collections = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC.matcher(line);
            if (!m.find()) {
                continue;
            }
            long at = OffsetDateTime.parse(m.group(1), GC_TIME).toInstant().toEpochMilli();
            if (at < from || at > to) {
                continue;
            }
            collections++;
            before = Math.max(before, Long.parseLong(m.group(3)));
            after = Math.max(after, Long.parseLong(m.group(4)));
        }
        return collections == 0 ? "no GC" : "%,d / %,d (%d)".formatted(before, after, collections);
    }
}
