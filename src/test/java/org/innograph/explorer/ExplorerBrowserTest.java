package org.innograph.explorer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.innograph.IntegrationTest;
import org.innograph.SmallGraph;
import org.innograph.ingest.EdgeRow;
import org.innograph.ingest.GraphWriter;
import org.innograph.ingest.NodeRow;
import org.innograph.ingest.Progress;
import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

/**
 * The explorer page at {@code /}, in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) driven by Selenium, against the service of the shared test context and the sample
 * network. Every expectation is asked of the GraphQL API by the test itself, never written in. After each
 * test the browser's console must hold no error, and a screenshot is kept under {@code target/explorer/}.
 */
class ExplorerBrowserTest extends IntegrationTest {

    static final Path CHROMIUM = Path.of(System.getProperty("innograph.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("innograph.chromedriver", "/usr/bin/chromedriver"));
    static final Path ARTEFACTS = Path.of("target", "explorer");
    static final Duration PATIENCE = Duration.ofSeconds(40);
    /** How often a wait looks again: Selenium's default, 500 ms, cost each wait up to half a second for nothing. */
    static final Duration POLL = Duration.ofMillis(50);

    static final String PEKING_UNIVERSITY = "北京大学";
    static final String EVERY_EDGE_KIND = "[IN_REGION, PART_OF, LOCATED_IN, RELATED_TO, SUCCEEDS, PARTNER_OF, OPERATES, "
            + "PARTICIPATES_IN, RUNS, ORGANISES, ATTENDS, SIGNED, SERVES, IN_FIELD, COOPERATES_WITH]";

    static ChromeDriver browser;
    static Path profile;

    @LocalServerPort
    int port;

    @Autowired
    GraphWriter writer;

    @Autowired
    Driver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The explorer's browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install them with `sudo apt-get install -y chromium chromium-driver` (.ci/run does), or point "
                    + "-Dinnograph.chromium / -Dinnograph.chromedriver at them.");
        }
        profile = Files.createTempDirectory("innograph-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The flags known to work on our machines: no GPU, and no background traffic a closed network refuses.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Files.createDirectories(ARTEFACTS);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    @BeforeEach
    void forgetEarlierConsole() {
        browser.manage().logs().get(LogType.BROWSER);
    }

    @AfterEach
    void keepScreenshotAndCheckConsole(TestInfo test) throws IOException {
        String name = test.getTestMethod().orElseThrow().getName();
        Files.write(ARTEFACTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).as("errors in the browser console").isEmpty();
    }

    // ---- the page, the search, the details, the neighbourhood --------------------------------------------

    @Test
    void searchInChineseSuggestsPekingUniversityAndOpensItsDetails() {
        String id = firstHit(PEKING_UNIVERSITY);
        Map<String, Object> node = api("{ node(id: \"" + id + "\") { name provenance { synthetic } ... on Institution { country { name } } } }", "node");

        page("");
        WebElement option = suggest("search", PEKING_UNIVERSITY);
        assertThat(option.getDomAttribute("data-id")).isEqualTo(id);
        $("search").sendKeys(Keys.ENTER);

        waitUntil(() -> id.equals($("details-body").getDomAttribute("data-id")) && $("details-name").getText().equals(node.get("name")));
        String details = $("details-list").getText();
        assertThat(details).contains(id, (String) ((Map<?, ?>) node.get("country")).get("name"),
                Boolean.TRUE.equals(((Map<?, ?>) node.get("provenance")).get("synthetic")) ? "synthetic" : "real data");
        assertThat(drawnNodes()).containsExactly(id);
        assertThat(browser.getCurrentUrl()).contains("sel=" + id);
    }

    @Test
    void expandingGrowsTheDrawingByTheNeighbourhoodWithoutMovingWhatWasDrawn() {
        String id = firstHit(PEKING_UNIVERSITY);
        List<String> neighbourhood = ids(api("{ neighbourhood(id: \"" + id + "\", depth: 1, limit: 200) { nodes { id } } }", "neighbourhood"));

        page("?open=" + id);
        Map<?, ?> before = position(id);
        $("expand").click();
        waitUntil(() -> drawnNodes().size() == neighbourhood.size());

        assertThat(drawnNodes()).containsExactlyInAnyOrderElementsOf(neighbourhood);
        assertThat(position(id)).as("the node expanded stays where it was").isEqualTo(before);
        assertThat($("counts").getText()).startsWith(neighbourhood.size() + " nodes");
        assertThat(legendCount("Institution")).isEqualTo(countKind("INSTITUTION"));
    }

    @Test
    void theUrlReproducesTheView() {
        String id = firstHit(PEKING_UNIVERSITY);
        page("?open=" + id);
        new Select($("depth")).selectByValue("2");
        $("limit").clear();
        $("limit").sendKeys("60");
        $("expand").click();
        idle();
        Set<String> drawn = new HashSet<>(drawnNodes());
        String link = browser.getCurrentUrl();
        assertThat(link).contains("expand=" + id, "depth=2", "limit=60", "sel=" + id);

        browser.get(link);
        ready();
        assertThat(new HashSet<>(drawnNodes())).isEqualTo(drawn);
        assertThat(new Select($("depth")).getFirstSelectedOption().getText()).isEqualTo("2");
        waitUntil(() -> id.equals($("details-body").getDomAttribute("data-id")));
    }

    @Test
    void clearingEmptiesTheDrawingAndTheUrlButKeepsThePathsStart() {
        page("?from=lab:0001&open=lab:0001");
        $("coverage").click();
        idle();
        assertThat(drawnNodes()).contains("lab:0001");
        assertThat(browser.getCurrentUrl()).contains("from=lab:0001", "open=lab:0001", "cov=REGION");

        $("clear").click();
        idle();
        assertThat(drawnNodes()).isEmpty();
        assertThat(browser.getCurrentUrl()).contains("from=lab:0001").doesNotContain("open=", "sel=", "cov=");
    }

    @Test
    void aTruncatedNeighbourhoodSaysSo() {
        Map<String, Object> answer = api("{ neighbourhood(id: \"country:CN\", limit: 20) { truncated nodes { id } } }", "neighbourhood");
        assertThat(answer.get("truncated")).as("the API cut the hub's neighbourhood at 20").isEqualTo(true);

        page("?open=country:CN&expand=country:CN&limit=20");

        assertThat($("notice").isDisplayed()).isTrue();
        assertThat($("notice").getText()).startsWith("Truncated").contains("20");
        assertThat(drawnNodes()).containsExactlyInAnyOrderElementsOf(ids(answer));
    }

    @Test
    void aFailedQueryShowsTheApiErrorText() {
        String message = graphQl.document("{ neighbourhood(id: \"lab:0001\", limit: 9999) { truncated } }").execute()
                .returnResponse().getErrors().get(0).getMessage();

        page("?open=lab:0001");
        $("limit").clear();
        $("limit").sendKeys("9999");
        $("expand").click();
        idle();

        assertThat($("error").isDisplayed()).isTrue();
        assertThat($("error").getText()).contains(message).contains("BAD_USER_INPUT");
    }

    // ---- paths ----------------------------------------------------------------------------------------------

    @Test
    void twoPicksGiveTheKShortestPathsTheApiGivesHighlighted() {
        String from = firstHit(PEKING_UNIVERSITY);
        String to = firstHit("university of nairobi");
        List<Map<String, Object>> paths = apiList("{ kShortestPaths(from: \"" + from + "\", to: \"" + to + "\", k: 3, edgeKinds: "
                + EVERY_EDGE_KIND + ") { length nodeIds } }", "kShortestPaths");
        assertThat(paths).as("the API finds paths through every kind of edge").isNotEmpty();

        // Peking University's neighbourhood drawn first, so the screenshot (the README's) shows the paths growing it.
        page("?open=" + from + "&expand=" + from);
        suggest("path-from", PEKING_UNIVERSITY);
        $("path-from").sendKeys(Keys.ENTER);
        waitUntil(() -> browser.getCurrentUrl().contains("from=" + from));
        suggest("path-to", "university of nairobi");
        $("path-to").sendKeys(Keys.ENTER);
        waitUntil(() -> browser.getCurrentUrl().contains("to=" + to));
        $("path-any-edge").click();
        $("find-path").click();
        idle();

        List<List<String>> listed = browser.findElements(By.cssSelector("#path-list li")).stream()
                .map(li -> List.of(li.getDomAttribute("data-node-ids").split(" "))).toList();
        assertThat(listed).isEqualTo(paths.stream().map(p -> p.get("nodeIds")).toList());
        Map<?, ?> highlighted = (Map<?, ?>) js("return explorer.drawing.highlighted()");
        assertThat(new HashSet<Object>((List<?>) highlighted.get("best"))).isEqualTo(new HashSet<Object>((List<?>) paths.get(0).get("nodeIds")));
        Set<Object> everyPathNode = new HashSet<>();
        paths.forEach(p -> everyPathNode.addAll((List<?>) p.get("nodeIds")));
        assertThat(new HashSet<Object>((List<?>) highlighted.get("all"))).isEqualTo(everyPathNode);
        for (Object id : everyPathNode) {
            assertThat(js("return explorer.cy.getElementById(arguments[0]).visible()", id)).as(id + " drawn").isEqualTo(true);
        }
    }

    // ---- regions ----------------------------------------------------------------------------------------------

    @Test
    void twoRegionsShowWhatConnectsThemWithTheEvidence() {
        page("");
        String a = new Select($("region-a")).getFirstSelectedOption().getDomAttribute("value");
        String b = new Select($("region-b")).getFirstSelectedOption().getDomAttribute("value");
        Map<String, Object> answer = api("{ connectingLabs(regionA: \"" + a + "\", regionB: \"" + b + "\", first: 100) { totalCount "
                + "links { node { id name } sideA { country { name } } } } }", "connectingLabs");
        List<Map<String, Object>> links = castList(answer.get("links"));
        assertThat(links).as("the sample has labs connecting the two default regions").isNotEmpty();

        $("connect").click();
        idle();

        // The table read in one call, not two round trips a cell.
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) js("return [...document.querySelectorAll('#region-links tbody tr')]"
                + ".map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent))");
        assertThat(rows).hasSize(links.size());
        List<String> drawn = drawnNodes();
        for (int i = 0; i < links.size(); i++) {
            Map<?, ?> link = links.get(i);
            assertThat(rows.get(i).get(0)).isEqualTo(((Map<?, ?>) link.get("node")).get("name"));
            assertThat(rows.get(i).get(1)).contains((String) ((Map<?, ?>) castList(link.get("sideA")).get(0).get("country")).get("name"));
            assertThat(drawn).contains((String) ((Map<?, ?>) link.get("node")).get("id"));
        }
        assertThat($("region-results").getText()).contains(": " + answer.get("totalCount") + " ");
    }

    @Test
    void theRegionMatrixIsAHeatmapOfTheApiCounts() {
        page("");
        @SuppressWarnings("unchecked")
        List<String> regions = (List<String>) js("return [...document.querySelectorAll('input[name=mx]:checked')].map(i => i.value)");
        assertThat(regions).hasSizeGreaterThan(1);
        List<Map<String, Object>> cells = castList(api("{ regionMatrix(regions: [" + String.join(",", regions.stream().map(r -> "\"" + r + "\"").toList())
                + "]) { cells { regionA { id } regionB { id } weight } } }", "regionMatrix").get("cells"));

        $("matrix").click();
        idle();

        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) js("return [...document.querySelectorAll('#heatmap tr')]"
                + ".map(tr => [...tr.querySelectorAll('td')].map(td => td.textContent))");
        assertThat(rows).hasSize(regions.size() + 1);
        for (Map<String, Object> cell : cells) {
            int row = regions.indexOf(((Map<?, ?>) cell.get("regionA")).get("id")) + 1;
            int column = regions.indexOf(((Map<?, ?>) cell.get("regionB")).get("id"));
            assertThat(rows.get(row).get(column)).isEqualTo(String.valueOf(cell.get("weight")));
        }
    }

    // ---- coverage and gaps ------------------------------------------------------------------------------------

    @Test
    void theCoverageTableShowsTheApiCountsForTheYearAndFieldChosen() {
        String field = ids(api("{ fields(first: 1) { nodes { id } } }", "fields")).get(0);
        Map<String, Object> coverage = api("{ coverage(groupBy: REGION, fields: [\"" + field + "\"], asOf: \"2015-12-31\", first: 300) { "
                + "rows { area { id } cells { kind count } } unplaced { kind count } } }", "coverage");
        List<String> kinds = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        for (Map<String, Object> row : castList(coverage.get("rows"))) {
            Map<String, Long> byKind = new java.util.LinkedHashMap<>();
            for (Map<String, Object> cell : castList(row.get("cells"))) {
                byKind.merge((String) cell.get("kind"), ((Number) cell.get("count")).longValue(), Long::sum);
            }
            if (kinds.isEmpty()) {
                kinds.addAll(byKind.keySet());
            }
            List<String> line = new ArrayList<>(List.of((String) ((Map<?, ?>) row.get("area")).get("id")));
            byKind.values().forEach(n -> line.add(String.valueOf(n)));
            expected.add(line);
        }
        assertThat(expected).as("every region is a row, zeros included").isNotEmpty();

        page("?year=2015&field=" + field);
        $("coverage").click();
        idle();

        assertThat(js("return [...document.querySelectorAll('#coverage-table th[data-kind]')].map(th => th.dataset.kind)")).isEqualTo(kinds);
        assertThat(js("return [...document.querySelectorAll('#coverage-table tbody tr[data-id]')]"
                + ".map(tr => [tr.dataset.id, ...[...tr.querySelectorAll('td')].map(td => td.textContent)])")).isEqualTo(expected);
        Map<String, Number> unplaced = byKind(castList(coverage.get("unplaced")), "count");
        assertThat(cellTexts("#coverage-unplaced")).isEqualTo(kinds.stream().map(k -> String.valueOf(unplaced.get(k))).toList());
        assertThat(browser.findElements(By.id("coverage-total"))).as("no total over regions, which overlap").isEmpty();
    }

    /**
     * What is in no country is a row of its own, so that by country the columns add up: with fractional counting
     * (each node's one unit split among its countries and fields) every column's total is the `stats` count of
     * its kind; with full counting, the API's counts of every country and of the unplaced, added up. Every node
     * of the sample is in a country, so the test writes a project and an agreement in none (removed after).
     */
    @Test
    void theCoverageTableShowsWhatIsInNoCountryAndColumnTotalsThatAreTheStatsCounts() {
        String field = ids(api("{ fields(first: 1) { nodes { id } } }", "fields")).get(0);
        List<String> written = List.of("project:explorer-unplaced", "agreement:explorer-unplaced");
        try {
            writer.writeNodes(List.of(testNode(Kind.PROJECT, written.get(0)), testNode(Kind.AGREEMENT, written.get(1))), Progress.NONE);
            writer.writeEdges(List.of(new EdgeRow(EdgeKind.IN_FIELD, written.get(0), field, new HashMap<>(Map.of("source", "ExplorerBrowserTest")))),
                    Progress.NONE);
            Map<String, Object> coverage = api("{ coverage(groupBy: COUNTRY, first: 300) { truncated rows { cells { kind count share } } "
                    + "unplaced { kind count share } } }", "coverage");
            assertThat(coverage.get("truncated")).isEqualTo(false);
            Map<String, Number> stats = byKind(castList(api("{ stats { nodes { kind count } } }", "stats").get("nodes")), "count");
            List<Map<String, Object>> unplaced = castList(coverage.get("unplaced"));
            List<Map<String, Object>> everyCell = new ArrayList<>(unplaced);
            castList(coverage.get("rows")).forEach(row -> everyCell.addAll(castList(row.get("cells"))));
            Map<String, Number> unplacedCounts = byKind(unplaced, "count");
            assertThat(unplacedCounts.get("PROJECT").longValue()).as("the project written in no country").isPositive();
            assertThat(unplacedCounts.get("AGREEMENT").longValue()).as("the agreement written in no country").isPositive();

            page("?cov=COUNTRY");
            @SuppressWarnings("unchecked")
            List<String> kinds = (List<String>) js("return [...document.querySelectorAll('#coverage-table th[data-kind]')].map(th => th.dataset.kind)");
            assertThat(kinds).hasSize(7);
            assertThat(cellTexts("#coverage-unplaced")).isEqualTo(kinds.stream().map(k -> String.valueOf(unplacedCounts.get(k))).toList());
            Map<String, Number> fullTotals = byKind(everyCell, "count");
            assertThat(cellTexts("#coverage-total")).isEqualTo(kinds.stream().map(k -> String.valueOf(fullTotals.get(k))).toList());

            new Select($("coverage-count")).selectByValue("share");
            $("coverage").click();
            idle();
            assertThat($("coverage-results").getText()).contains("fractional counting");
            assertThat(browser.getCurrentUrl()).contains("cov=COUNTRY", "cc=share");
            Map<String, Number> unplacedShares = byKind(unplaced, "share");
            List<String> shown = cellTexts("#coverage-unplaced");
            for (int i = 0; i < kinds.size(); i++) {
                assertThat(Double.parseDouble(shown.get(i))).as(kinds.get(i)).isCloseTo(unplacedShares.get(kinds.get(i)).doubleValue(), within(0.005));
            }
            assertThat(cellTexts("#coverage-total")).isEqualTo(kinds.stream().map(k -> String.valueOf(stats.get(k))).toList());
            js("document.getElementById('coverage-total').scrollIntoView()");  // for the screenshot
        } finally {
            try (var session = driver.session()) {
                session.run("MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n", Map.of("ids", written)).consume();
            }
        }
    }

    static NodeRow testNode(Kind kind, String id) {
        return SmallGraph.node(ExplorerBrowserTest.class, kind, id, Map.of("name", "Explorer test " + id));
    }

    @Test
    void aGapRowOpensItsNodeInTheDrawing() {
        List<Map<String, Object>> rows = castList(api("{ gaps { agreementsWithoutLabs { rows { nodeIds } } } }", "gaps.agreementsWithoutLabs").get("rows"));
        assertThat(rows).as("the sample has countries with an agreement and no lab").isNotEmpty();
        String country = (String) ((List<?>) rows.get(0).get("nodeIds")).get(0);

        page("");
        $("gap").click();
        idle();
        assertThat(js("return [...document.querySelectorAll('#gap-table tbody tr')].map(tr => tr.dataset.nodeIds.split(' '))"))
                .isEqualTo(rows.stream().map(r -> r.get("nodeIds")).toList());

        browser.findElement(By.cssSelector("#gap-table tbody tr button[data-id='" + country + "']")).click();
        waitUntil(() -> country.equals($("details-body").getDomAttribute("data-id")));
        idle();
        assertThat(drawnNodes()).containsExactly(country);
        assertThat(js("return explorer.cy.getElementById(arguments[0]).selected()", country)).isEqualTo(true);
    }

    @Test
    void aGapReportsSubgraphIsDrawn() {
        Map<String, Object> list = api("{ gaps { institutionsInNoLab { totalCount truncated rows { code } subgraph { nodes { id } } } } }",
                "gaps.institutionsInNoLab");
        List<String> subgraph = ids(castMap(list.get("subgraph")));
        assertThat(subgraph).as("the sample has institutions in projects and in no lab").isNotEmpty();

        page("");
        new Select($("gap-report")).selectByValue("institutionsInNoLab");
        $("gap").click();
        idle();
        $("gap-draw").click();
        waitUntil(() -> drawnNodes().size() == subgraph.size());

        assertThat(drawnNodes()).containsExactlyInAnyOrderElementsOf(subgraph);
        assertThat($("gap-results").getText()).contains(": " + list.get("totalCount"));
        assertThat($("notice").isDisplayed()).as("the notice says when the list was cut").isEqualTo(Boolean.TRUE.equals(list.get("truncated")));
    }

    @Test
    void everyGapReportOfTheChooserShowsTheApiTotal() {
        page("");
        @SuppressWarnings("unchecked")
        List<String> regions = (List<String>) js("return [...document.querySelectorAll('input[name=gr]:checked')].map(i => i.value)");
        String since = $("gap-since").getDomProperty("value") + "-01-01";
        Map<String, String> arguments = Map.of("weakRegionPairs", "(regions: " + quoted(regions) + ")",
                "fieldsWithoutLabs", "(regions: " + quoted(regions) + ")", "dormantAgreements", "(since: \"" + since + "\")");

        List<WebElement> options = new Select($("gap-report")).getOptions();
        // Every report in one question, so the page's own questions afterwards are not the first to be planned.
        Map<String, Object> totals = api("{ gaps { " + String.join(" ", options.stream().map(o -> o.getDomAttribute("value"))
                .map(r -> r + arguments.getOrDefault(r, "") + " { totalCount }").toList()) + " } }", "gaps");

        java.util.function.Supplier<String> heading = () -> (String) js("const h = document.querySelector('#gap-results h3'); return h ? h.textContent : ''");
        for (WebElement option : options) {
            String report = option.getDomAttribute("value");
            Object total = castMap(totals.get(report)).get("totalCount");
            new Select($("gap-report")).selectByValue(report);
            $("gap").click();
            idle();
            assertThat($("error").isDisplayed()).as(report).isFalse();
            assertThat(heading.get().replaceFirst(" \\(the first \\d+ listed\\)$", "")).as(report).isEqualTo(option.getText() + ": " + total);
        }
    }

    /**
     * Each argument of a gap report's own, changed with the keyboard, changes the rows to the API's answer for it;
     * each step first checks that the API's answer does change, so a page that dropped the argument would fail.
     */
    @Test
    void aGapReportsOwnArgumentsChangeItsRowsToTheApisAnswer() {
        page("");
        List<String> regions = ticked("gr");
        assertThat(regions).hasSizeGreaterThan(2);
        // A threshold above the middle of the pairs' counts (the API's), so that more pairs are weak than at 1.
        List<Long> weights = castList(api("{ regionMatrix(regions: " + quoted(regions) + ") { cells { weight } } }", "regionMatrix").get("cells"))
                .stream().map(c -> ((Number) c.get("weight")).longValue()).filter(w -> w > 0).sorted().toList();
        assertThat(weights).as("the sample connects some of the blocs").isNotEmpty();
        long threshold = weights.get(weights.size() / 2) + 1;

        new Select($("gap-report")).selectByValue("weakRegionPairs");
        assertThat($("gap-threshold").isDisplayed()).isTrue();
        assertThat($("gap-since").isDisplayed()).as("only the chosen report's arguments are shown").isFalse();
        $("gap").click();
        idle();
        List<List<String>> before = gapRows("weakRegionPairs", "regions: " + quoted(regions));
        assertThat(shownGapRows()).isEqualTo(before);

        $("gap-threshold").clear();
        $("gap-threshold").sendKeys(String.valueOf(threshold));
        before = expectGapRowsAfterChange(before, "weakRegionPairs", "regions: " + quoted(regions) + ", threshold: " + threshold);

        new Select($("gap-kind")).selectByValue("JOINT_LAB");
        before = expectGapRowsAfterChange(before, "weakRegionPairs", "regions: " + quoted(regions) + ", threshold: " + threshold + ", kind: JOINT_LAB");

        // A region unticked: its pairs go.
        $("gr-" + regions.get(0)).sendKeys(Keys.SPACE);
        List<String> fewer = regions.subList(1, regions.size());
        before = expectGapRowsAfterChange(before, "weakRegionPairs", "regions: " + quoted(fewer) + ", threshold: " + threshold + ", kind: JOINT_LAB");

        $("gap-first").clear();
        $("gap-first").sendKeys("3");
        expectGapRowsAfterChange(before, "weakRegionPairs", "regions: " + quoted(fewer) + ", threshold: " + threshold + ", kind: JOINT_LAB, first: 3");
        assertThat($("gap-results").getText()).contains("(the first 3 listed)");
        assertThat(browser.getCurrentUrl()).contains("gap=weakRegionPairs", "gr=" + String.join(",", fewer), "gt=" + threshold, "gk=JOINT_LAB", "gn=3");

        // Dormant agreements since a later year: the first after the page's own whose count the API gives as different.
        new Select($("gap-report")).selectByValue("dormantAgreements");
        assertThat($("gap-threshold").isDisplayed()).isFalse();
        $("gap-first").clear();
        $("gap-first").sendKeys("100");
        int since = Integer.parseInt($("gap-since").getDomProperty("value"));
        $("gap").click();
        idle();
        before = gapRows("dormantAgreements", "since: \"" + since + "-01-01\"");
        assertThat(shownGapRows()).isEqualTo(before);
        Map<String, Object> counts = api("{ gaps { " + String.join(" ", java.util.stream.IntStream.rangeClosed(since, since + 15)
                .mapToObj(y -> "y" + y + ": dormantAgreements(since: \"" + y + "-01-01\") { totalCount }").toList()) + " } }", "gaps");
        int later = java.util.stream.IntStream.rangeClosed(since + 1, since + 15)
                .filter(y -> !castMap(counts.get("y" + y)).get("totalCount").equals(castMap(counts.get("y" + since)).get("totalCount")))
                .findFirst().orElseThrow(() -> new AssertionError("no change in the dormant agreements in the 15 years after " + since));
        $("gap-since").clear();
        $("gap-since").sendKeys(String.valueOf(later));
        expectGapRowsAfterChange(before, "dormantAgreements", "since: \"" + later + "-01-01\"");
        assertThat(browser.getCurrentUrl()).contains("gs=" + later).doesNotContain("gt=");

        // Regions without a lab of one field, over the regions ticked.
        String field = ids(api("{ fields(first: 1) { nodes { id } } }", "fields")).get(0);
        new Select($("gap-report")).selectByValue("fieldsWithoutLabs");
        $("gap").click();
        idle();
        before = gapRows("fieldsWithoutLabs", "regions: " + quoted(fewer));
        assertThat(shownGapRows()).isEqualTo(before);
        new Select($("gap-field")).selectByValue(field);
        expectGapRowsAfterChange(before, "fieldsWithoutLabs", "regions: " + quoted(fewer) + ", fields: [\"" + field + "\"]");
        assertThat(browser.getCurrentUrl()).contains("gf=" + field);
    }

    @Test
    void theCoverageTableAndTheGapReportComeBackFromTheUrl() {
        page("");
        new Select($("gap-report")).selectByValue("weakRegionPairs");
        new Select($("gap-kind")).selectByValue("PROJECT");
        $("gap-threshold").clear();
        $("gap-threshold").sendKeys("3");
        $("gap-first").clear();
        $("gap-first").sendKeys("5");
        $("coverage").click();
        idle();
        $("gap").click();
        idle();
        String rows = "return [...document.querySelectorAll('#coverage-table tbody tr, #gap-table tbody tr')].map(tr => tr.dataset.id || tr.dataset.nodeIds || tr.id)";
        Object shown = js(rows);
        String link = browser.getCurrentUrl();
        assertThat(link).contains("cov=REGION", "gap=weakRegionPairs", "gk=PROJECT", "gt=3", "gn=5");

        browser.get(link);
        ready();
        assertThat(js(rows)).isEqualTo(shown);
        assertThat($("gap-threshold").getDomProperty("value")).isEqualTo("3");
        assertThat(new Select($("gap-kind")).getFirstSelectedOption().getDomAttribute("value")).isEqualTo("PROJECT");
    }

    /**
     * More nodes than the drawn nodes' list once held (500): every one of them is in the list, by name, though only
     * those in view are in the page, and the keyboard alone reaches the list and moves to its last node.
     */
    @Test
    void theKeyboardAloneReachesEveryDrawnNodeAndOpensOne() {
        List<String> neighbourhood = ids(api("{ neighbourhood(id: \"country:CN\", limit: 700) { nodes { id } } }", "neighbourhood"));
        assertThat(neighbourhood).as("the hub's neighbourhood has more nodes than the list once held").hasSizeGreaterThan(500);
        // Loaded, not reset: Tab starts from the top only in a page just loaded.
        freshPage("?open=country:CN&expand=country:CN&limit=700");
        int n = neighbourhood.size();
        assertThat(drawnNodes()).hasSize(n);
        // The list's order, by name as the page says, worked out here from the drawing.
        @SuppressWarnings("unchecked")
        List<String> byName = (List<String>) js("const c = new Intl.Collator(undefined, { sensitivity: 'base' });"
                + "return explorer.cy.nodes(':visible').map(n => [n.id(), n.data('label') || n.id()]).sort((a, b) => c.compare(a[1], b[1])).map(p => p[0])");

        // No mouse: Tab past the skip link to search, to the one to the drawn nodes, and follow it.
        var keys = new org.openqa.selenium.interactions.Actions(browser);
        keys.sendKeys(Keys.TAB, Keys.TAB).perform();
        assertThat(js("return document.activeElement.id")).isEqualTo("skip-drawn");
        keys.sendKeys(Keys.ENTER).perform();
        assertThat(js("return document.activeElement.id")).isEqualTo("drawn-list");
        assertThat(js("return document.activeElement.matches(':focus-visible')")).as("focus is visible").isEqualTo(true);
        assertThat(js("return document.scrollingElement.scrollTop")).as("the page itself did not scroll the header away").isEqualTo(0L);
        assertThat((Long) js("return document.querySelectorAll('#drawn-list [role=option]').length")).as("options in the page")
                .isPositive().isLessThan(100);
        // The node opened first is the active option, brought into view when the list took the focus.
        assertThat(activeOption()).isEqualTo(List.of("country:CN", String.valueOf(byName.indexOf("country:CN") + 1), String.valueOf(n), "true", true));

        keys.sendKeys(Keys.HOME).perform();
        assertThat(activeOption()).isEqualTo(List.of(byName.get(0), "1", String.valueOf(n), "true", true));
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(activeOption()).isEqualTo(List.of(byName.get(1), "2", String.valueOf(n), "true", true));
        keys.sendKeys(Keys.END).perform();
        assertThat(activeOption()).isEqualTo(List.of(byName.get(n - 1), String.valueOf(n), String.valueOf(n), "true", true));
        keys.sendKeys(Keys.PAGE_UP).perform();
        int page = Integer.parseInt((String) activeOption().get(1));
        assertThat(page).as("Page Up moves by a page").isBetween(2, n - 2);
        assertThat(activeOption()).isEqualTo(List.of(byName.get(page - 1), String.valueOf(page), String.valueOf(n), "true", true));
        keys.sendKeys(Keys.HOME).perform();
        assertThat(activeOption().get(1)).isEqualTo("1");
        keys.sendKeys(Keys.END, Keys.ARROW_UP, Keys.ENTER).perform();

        String target = byName.get(n - 2);
        waitUntil(() -> target.equals($("details-body").getDomAttribute("data-id")));
        idle();
        assertThat($("details-name").getText()).isEqualTo(js("return explorer.cy.getElementById(arguments[0]).data('label')", target));
        assertThat(js("return explorer.cy.getElementById(arguments[0]).selected()", target)).isEqualTo(true);
    }

    /** The option aria-activedescendant names: its node id, aria-posinset, aria-setsize, aria-selected, and whether it is in view. */
    @SuppressWarnings("unchecked")
    List<Object> activeOption() {
        return (List<Object>) js("""
                const list = document.getElementById('drawn-list');
                const li = document.getElementById(list.getAttribute('aria-activedescendant'));
                if (!li || !list.contains(li)) return null;
                const a = li.getBoundingClientRect(), b = list.getBoundingClientRect();
                return [li.dataset.id, li.getAttribute('aria-posinset'), li.getAttribute('aria-setsize'), li.getAttribute('aria-selected'),
                        a.top >= b.top - 1 && a.bottom <= b.bottom + 1];
                """);
    }

    // ---- year and field ------------------------------------------------------------------------------------

    @Test
    void theYearSliderHidesALabFoundedLaterAndShowsItAgain() {
        String since = (String) api("{ node(id: \"lab:0001\") { since } }", "node").get("since");
        int founded = Integer.parseInt(since.substring(0, 4));
        page("?open=lab:0001&expand=lab:0001");
        Map<?, ?> before = position("lab:0001");

        $("year-on").click();
        WebElement slider = $("year");
        slider.sendKeys(Keys.HOME);
        int min = Integer.parseInt(slider.getDomAttribute("min"));
        // The arrows in one command (each still a key press, each moving the slider a year), not one round trip each.
        slider.sendKeys(Keys.ARROW_RIGHT.toString().repeat(founded - 1 - min));
        assertThat($("year-out").getText()).isEqualTo(String.valueOf(founded - 1));
        assertThat(visible("lab:0001")).as("the lab before it was founded").isFalse();
        assertThat($("counts").getText()).contains("hidden by the year");
        assertThat(browser.getCurrentUrl()).contains("year=" + (founded - 1));

        slider.sendKeys(Keys.ARROW_RIGHT);
        assertThat(visible("lab:0001")).as("the lab in the year it was founded").isTrue();
        assertThat(js("return explorer.cy.getElementById('lab:0001').hasClass('new-this-year')")).isEqualTo(true);
        assertThat(position("lab:0001")).as("hidden and shown, not redrawn").isEqualTo(before);
    }

    @Test
    void aFieldHidesLabsOfOtherFields() {
        List<String> labFields = ids(Map.of("nodes", castList(api("{ node(id: \"lab:0001\") { ... on JointLab { fields { id } } } }", "node").get("fields"))));
        List<String> everyField = ids(api("{ fields(first: 100) { nodes { id } } }", "fields"));
        String other = everyField.stream().filter(f -> !labFields.contains(f)).findFirst().orElseThrow();

        page("?open=lab:0001&expand=lab:0001");
        new Select($("field")).selectByValue(other);
        idle();
        assertThat(visible("lab:0001")).isFalse();
        new Select($("field")).selectByValue(labFields.get(0));
        idle();
        assertThat(visible("lab:0001")).isTrue();
        assertThat(browser.getCurrentUrl()).contains("field=" + labFields.get(0));
    }

    // ---- exports ----------------------------------------------------------------------------------------------

    @Test
    void exportsWriteWhatIsDrawnAsGraphmlGexfAndPng() throws Exception {
        page("?open=lab:0001&expand=lab:0001");
        long nodes = (Long) js("return explorer.cy.nodes(':visible').length");
        long edges = (Long) js("return explorer.cy.edges(':visible').length");

        byte[] graphml = ((String) js("return explorer.graphml()")).getBytes(StandardCharsets.UTF_8);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new ClassPathResource("xsd/graphml.xsd").getURL())
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(graphml)));
        assertThat(elements(graphml, "node")).isEqualTo(nodes);
        assertThat(elements(graphml, "edge")).isEqualTo(edges);
        byte[] gexf = ((String) js("return explorer.gexf()")).getBytes(StandardCharsets.UTF_8);
        assertThat(elements(gexf, "node")).isEqualTo(nodes);
        assertThat(elements(gexf, "edge")).isEqualTo(edges);
        Files.write(ARTEFACTS.resolve("lab-0001.graphml"), graphml);
        Files.write(ARTEFACTS.resolve("lab-0001.gexf"), gexf);

        String png = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[0]; explorer.drawing.png().then(b => b.arrayBuffer())"
                        + ".then(a => done(btoa(String.fromCharCode(...new Uint8Array(a).slice(0, 8)))));");
        assertThat(java.util.Base64.getDecoder().decode(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat($("server-export").findElement(By.cssSelector("a")).getDomAttribute("href"))
                .startsWith("/export/neighbourhood.graphml?").contains("id=lab");
    }

    // ---- 2,000 nodes and 10,000 edges --------------------------------------------------------------------------

    /**
     * Draws a generated network of 2,000 nodes and 10,000 edges through the page's own drawing, then times, in the
     * page: the drawing of it, a re-layout (what the Re-layout button runs), a pan by mouse drag as a person does it
     * (Cytoscape.js pans a bitmap of the last frame), 30 frames each panned by script (every frame drawn in full),
     * and a move of the year (hide and recolour). Writes the figures to {@code target/explorer/performance.txt}.
     * The bounds are loose, for a busy 2-core CI machine: they catch a drawing that stops keeping up, not grade it.
     */
    @Test
    void twoThousandNodesAndTenThousandEdgesStayResponsive() throws IOException {
        page("");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = new java.util.HashMap<>((Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const frame = () => new Promise(r => requestAnimationFrame(() => r(performance.now())));
                const kinds = ['REGION', 'COUNTRY', 'INSTITUTION', 'JOINT_LAB', 'TRANSFER_CENTER', 'INDUSTRIAL_PARK',
                               'DEMO_CENTER', 'PROJECT', 'ACTIVITY', 'AGREEMENT', 'FIELD'];
                const edgeKinds = ['PARTNER_OF', 'PARTICIPATES_IN', 'LOCATED_IN', 'COOPERATES_WITH', 'IN_FIELD'];
                let seed = 20261127;
                const random = () => {  // mulberry32: 32-bit integer arithmetic, so the sequence is exact
                  seed = (seed + 0x6D2B79F5) | 0;
                  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
                  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
                  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
                };
                const nodes = [];
                for (let i = 0; i < 2000; i++) {
                  nodes.push({ id: 'perf:' + i, kind: kinds[i % kinds.length], label: 'Node ' + i,
                               properties: { since: (1990 + i % 35) + '-01-01' } });
                }
                const edges = new Map();
                while (edges.size < 10000) {
                  // Skewed towards low numbers, so some nodes are hubs as in the real network.
                  const a = Math.floor(random() * random() * 2000), b = Math.floor(random() * 2000);
                  const kind = edgeKinds[Math.floor(random() * edgeKinds.length)];
                  const id = 'perf:' + a + '-' + kind + '->perf:' + b;
                  if (a !== b) edges.set(id, { id, source: 'perf:' + a, target: 'perf:' + b, kind, properties: {} });
                }
                (async () => {
                  const d = explorer.drawing, cy = explorer.cy;
                  d.clear();
                  await frame();
                  let t = performance.now();
                  d.add({ nodes, edges: [...edges.values()], truncated: false }, null);
                  await frame(); await frame();
                  const drawMs = performance.now() - t;
                  t = performance.now();
                  explorer.refresh();
                  await frame();
                  const refreshMs = performance.now() - t;
                  const options = document.querySelectorAll('#drawn-list [role=option]');
                  t = performance.now();
                  const layout = d.relayout();
                  await frame(); await frame();
                  const layoutMs = performance.now() - t;
                  const gaps = [];
                  let last = await frame();
                  for (let i = 0; i < 30; i++) {
                    cy.panBy({ x: 3, y: 2 });
                    const now = await frame();
                    gaps.push(now - last);
                    last = now;
                  }
                  gaps.sort((x, y) => x - y);
                  done({ nodes: cy.nodes().length, edges: cy.edges().length, layout, drawMs, layoutMs, refreshMs,
                         listOptions: options.length, listSize: options[0].getAttribute('aria-setsize'),
                         scriptPanMedianMs: gaps[15], scriptPanMaxMs: gaps[29] });
                })();
                """));

        // A person's pan: a mouse drag from an empty corner of the canvas, one move a frame; the page times its
        // frames from the button going down to it coming up.
        js("""
                window.frameGaps = [];
                const graph = document.getElementById('graph');
                let recording = false, last = 0;
                const tick = now => { if (!recording) return; window.frameGaps.push(now - last); last = now; requestAnimationFrame(tick); };
                graph.addEventListener('mousedown', () => { recording = true; last = performance.now(); requestAnimationFrame(tick); }, { capture: true, once: true });
                graph.addEventListener('mouseup', () => { recording = false; }, { capture: true, once: true });
                """);
        WebElement canvas = $("graph");
        Object panBefore = js(PAN);
        var mouse = new PointerInput(PointerInput.Kind.MOUSE, "mouse");
        var drag = new Sequence(mouse, 0)
                .addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(canvas),
                        -canvas.getSize().getWidth() / 2 + 12, -canvas.getSize().getHeight() / 2 + 12))
                .addAction(mouse.createPointerDown(PointerInput.MouseButton.LEFT.asArg()));
        for (int i = 0; i < 60; i++) {
            drag.addAction(mouse.createPointerMove(Duration.ofMillis(16), PointerInput.Origin.pointer(), 4, 3));
        }
        drag.addAction(mouse.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        browser.perform(List.of(drag));
        @SuppressWarnings("unchecked")
        List<Number> gaps = new ArrayList<>((List<Number>) js("return window.frameGaps"));
        assertThat(gaps).as("frames drawn during the drag").hasSizeGreaterThan(10);
        gaps.sort(java.util.Comparator.comparingDouble(Number::doubleValue));
        m.put("dragFrames", gaps.size());
        m.put("dragMedianMs", gaps.get(gaps.size() / 2));
        m.put("dragP95Ms", gaps.get((int) Math.ceil(gaps.size() * 0.95) - 1));
        m.put("dragMaxMs", gaps.get(gaps.size() - 1));
        assertThat(js(PAN)).as("the drag panned the drawing").isNotEqualTo(panBefore);

        @SuppressWarnings("unchecked")
        Map<String, Object> year = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const frame = () => new Promise(r => requestAnimationFrame(() => r(performance.now())));
                (async () => {
                  const t = performance.now();
                  explorer.drawing.setDate('2005-12-31');
                  await frame(); await frame();
                  done({ yearMs: performance.now() - t, shown: explorer.cy.nodes(':visible').length });
                })();
                """);
        m.putAll(year);

        String report = ("2,000 nodes / 10,000 edges, headless Chromium %s (software rendering): drawn in %.0f ms; counts, legend and "
                + "drawn nodes' list (%s options in the page) refreshed in %.0f ms; re-layout (%s) %.0f ms; "
                + "pan by mouse drag: %s frames, median %.1f ms, p95 %.1f ms, max %.1f ms; pan by script (full redraw each frame): median %.0f ms, "
                + "max %.0f ms; year moved (hide + recolour, %s nodes left shown) %.0f ms%n").formatted(
                browser.getCapabilities().getBrowserVersion(), num(m, "drawMs"), m.get("listOptions"), num(m, "refreshMs"), m.get("layout"), num(m, "layoutMs"),
                m.get("dragFrames"), num(m, "dragMedianMs"), num(m, "dragP95Ms"), num(m, "dragMaxMs"), num(m, "scriptPanMedianMs"), num(m, "scriptPanMaxMs"),
                m.get("shown"), num(m, "yearMs"));
        System.out.print(report);
        Files.writeString(ARTEFACTS.resolve("performance.txt"), report);

        assertThat(m.get("nodes")).isEqualTo(2000L);
        assertThat(m.get("edges")).isEqualTo(10000L);
        assertThat(m.get("listSize")).as("every node shown is in the drawn nodes' list").isEqualTo("2000");
        assertThat((Long) m.get("listOptions")).as("only the options in view are in the page").isLessThan(100);
        assertThat(num(m, "dragMedianMs")).as(report).isLessThan(100);
        assertThat(num(m, "layoutMs")).as(report).isLessThan(20_000);
    }

    static final String PAN = "const p = explorer.cy.pan(); return Math.round(p.x) + ',' + Math.round(p.y)";

    static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /**
     * The page at {@code /query}. Once the page is loaded, the next test resets it and replays the URL in place
     * ({@code explorer.replay}: what a load does after its start), which costs far less than loading it again;
     * {@link #freshPage} loads it.
     */
    void page(String query) {
        if (!browser.getCurrentUrl().startsWith(base()) || !Boolean.TRUE.equals(js("return !!(window.explorer && explorer.replay)"))) {
            freshPage(query);
            return;
        }
        ready();
        Object failure = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                explorer.replay(arguments[0]).then(() => done(null), e => done(String(e)));
                """, query);
        assertThat(failure).as("the page reset").isNull();
        ready();
    }

    /** The page at {@code /query}, loaded. */
    void freshPage(String query) {
        browser.get(base() + query);
        ready();
    }

    String base() {
        return "http://localhost:" + port + "/";
    }

    /** Waits until the page has started and replayed its URL, and no question is running. */
    void ready() {
        awaitPage("document.body.dataset.ready === 'true' && (document.body.dataset.busy || '0') === '0'");
    }

    /** Waits until no question of the page is running. */
    void idle() {
        awaitPage("(document.body.dataset.busy || '0') === '0'");
    }

    /**
     * Waits in the page, not by polling from here, for a condition on the body's data-ready and data-busy: the
     * page answers the moment they change, so a wait lasts as long as the question it waits for and no longer.
     */
    void awaitPage(String condition) {
        Object met = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const met = () => %s;
                if (met()) { done(true); return; }
                const watch = new MutationObserver(() => { if (met()) { watch.disconnect(); done(true); } });
                watch.observe(document.body, { attributes: true, attributeFilter: ['data-ready', 'data-busy'] });
                setTimeout(() => { watch.disconnect(); done(met()); }, %d);
                """.formatted(condition, PATIENCE.toMillis()));
        assertThat(met).as("the page within " + PATIENCE.toSeconds() + " s: " + condition).isEqualTo(true);
    }

    WebDriverWait patiently() {
        var wait = new WebDriverWait(browser, PATIENCE);
        wait.pollingEvery(POLL);
        return wait;
    }

    void waitUntil(java.util.function.BooleanSupplier condition) {
        patiently().until(driver -> condition.getAsBoolean());
    }

    WebElement $(String id) {
        return browser.findElement(By.id(id));
    }

    /** Types into a search field and waits for its first suggestion. */
    WebElement suggest(String input, String text) {
        $(input).sendKeys(text);
        return patiently()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + input + "-list [role=option]")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    List<String> drawnNodes() {
        return (List<String>) js("return explorer.cy.nodes().map(n => n.id())");
    }

    boolean visible(String id) {
        return (Boolean) js("return explorer.cy.getElementById(arguments[0]).visible()", id);
    }

    Map<?, ?> position(String id) {
        return (Map<?, ?>) js("return explorer.cy.getElementById(arguments[0]).position()", id);
    }

    long countKind(String kind) {
        return (Long) js("return explorer.cy.nodes(':visible').filter(n => n.data('kind') === arguments[0]).length", kind);
    }

    long legendCount(String label) {
        for (WebElement row : browser.findElements(By.cssSelector("#legend-nodes tr"))) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            if (cells.get(1).getText().equals(label)) {
                return Long.parseLong(cells.get(2).getText().replace(",", ""));
            }
        }
        throw new AssertionError("no legend row " + label);
    }

    String firstHit(String text) {
        return graphQl.document("{ search(text: \"" + text + "\", first: 1) { nodes { id } } }").execute()
                .path("search.nodes[0].id").entity(String.class).get();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> api(String document, String field) {
        return graphQl.document(document).execute().path(field).entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> apiList(String document, String field) {
        return graphQl.document(document).execute().path(field).entityList(Map.class).get().stream()
                .map(m -> (Map<String, Object>) m).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> castList(Object list) {
        return (List<Map<String, Object>>) list;
    }

    /** Asks the API for a gap report's rows with these arguments, and checks they differ from the rows shown before. */
    List<List<String>> expectGapRowsAfterChange(List<List<String>> before, String report, String arguments) {
        List<List<String>> expected = gapRows(report, arguments);
        assertThat(expected).as("the API's rows change with " + arguments).isNotEqualTo(before);
        $("gap").click();
        idle();
        assertThat(shownGapRows()).as(arguments).isEqualTo(expected);
        return expected;
    }

    /** A gap report's rows as the API gives them: node ids, reason and value, as the page shows them. */
    List<List<String>> gapRows(String report, String arguments) {
        List<Map<String, Object>> rows = castList(api("{ gaps { " + report + "(" + arguments + ") { rows { nodeIds reason value } } } }",
                "gaps." + report).get("rows"));
        return rows.stream().map(r -> {
            Number value = (Number) r.get("value");
            String shown = value == null ? "—" : value.doubleValue() == Math.rint(value.doubleValue())
                    ? String.valueOf(value.longValue()) : String.valueOf(value.doubleValue());
            return List.of(String.join(" ", castStrings(r.get("nodeIds"))), (String) r.get("reason"), shown);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    List<List<String>> shownGapRows() {
        return (List<List<String>>) js("return [...document.querySelectorAll('#gap-table tbody tr')]"
                + ".map(tr => [tr.dataset.nodeIds, tr.cells[0].textContent, tr.cells[1].textContent])");
    }

    @SuppressWarnings("unchecked")
    List<String> ticked(String name) {
        return (List<String>) js("return [...document.querySelectorAll('input[name=' + arguments[0] + ']:checked')].map(i => i.value)", name);
    }

    static String quoted(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    @SuppressWarnings("unchecked")
    static List<String> castStrings(Object list) {
        return (List<String>) list;
    }

    /** The API's cells added up by kind, over their fields (as the coverage table does). */
    static Map<String, Number> byKind(List<Map<String, Object>> cells, String figure) {
        Map<String, Number> sums = new java.util.LinkedHashMap<>();
        for (Map<String, Object> cell : cells) {
            Number value = (Number) cell.get(figure);
            sums.merge((String) cell.get("kind"), figure.equals("share") ? (Number) value.doubleValue() : (Number) value.longValue(),
                    (a, b) -> figure.equals("share") ? (Number) (a.doubleValue() + b.doubleValue()) : (Number) (a.longValue() + b.longValue()));
        }
        return sums;
    }

    @SuppressWarnings("unchecked")
    List<String> cellTexts(String row) {
        return (List<String>) js("return [...document.querySelectorAll(arguments[0] + ' td')].map(td => td.textContent)", row);
    }

    static List<String> ids(Map<String, Object> subgraph) {
        return castList(subgraph.get("nodes")).stream().map(n -> (String) n.get("id")).toList();
    }

    static long elements(byte[] xml, String name) throws Exception {
        XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        long count = 0;
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(name)) {
                count++;
            }
        }
        return count;
    }
}
