package org.innograph.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark itself, run by {@code bench/run.sh} through Surefire ({@code -Dtest=BenchHarnessTest
 * -Dbench.sizes=10k,100k}); skipped in the normal suite, which runs {@link BenchSmokeTest} instead.
 */
@EnabledIfSystemProperty(named = "bench.sizes", matches = ".+")
class BenchHarnessTest {

    @Test
    void benchmark() throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        var harness = new BenchHarness(settings);
        for (String size : settings.sizes()) {
            harness.run(size);
        }
    }
}
