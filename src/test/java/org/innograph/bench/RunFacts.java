package org.innograph.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.innograph.sample.ScaleSummary;

/** Everything measured in one run of one size besides the per-workload cells. */
final class RunFacts {

    String size;
    ScaleSummary network;
    long generateMillis;
    long firstStartMillis;
    long boltStartMillis = -1;
    long neo4jGraphqlStartMillis = -1;
    List<Long> restartMillis = List.of();
    String restartNote = "";
    final Map<String, String> resources = new LinkedHashMap<>();
    final Map<Way, String> notAvailable = new LinkedHashMap<>();
    final Map<String, String> machine = new LinkedHashMap<>();
}
