package org.innograph.bench;

import java.util.Map;

/** Asks a workload's question one way and gives the canonical answer; failures throw. */
interface Client extends AutoCloseable {

    String answer(Workload workload, Map<String, Object> input) throws Exception;

    @Override
    default void close() {
    }
}
