package org.innograph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import org.innograph.network.CypherText;
import org.innograph.network.NodeProperties;
import org.neo4j.driver.Value;
import org.neo4j.exceptions.KernelException;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.IndexQueryConstraints;
import org.neo4j.internal.kernel.api.IndexReadSession;
import org.neo4j.internal.kernel.api.InternalIndexState;
import org.neo4j.internal.kernel.api.NodeValueIndexCursor;
import org.neo4j.internal.kernel.api.PropertyIndexQuery;
import org.neo4j.internal.schema.IndexDescriptor;
import org.neo4j.internal.schema.IndexType;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;

/**
 * {@code search/count-anywhere.cypher} and {@code search/search-anywhere.cypher} in one pass over the full-text
 * index's hits, on the kernel API of the embedded database: the same total and the same page (score
 * descending, then id, after the cursor). The files run the index query twice, once to count and once to
 * page, and the page reads the id of every hit to order them all; here a hit's id is read only when its
 * score could place it on the page, and the total needs no read when no kind is asked for.
 * {@code SearchAnywhereTest} holds it to the two files.
 */
final class SearchTraversal {

    /** A hit on the page: the values of the properties asked for, its score, and its id. */
    record Hit(Value properties, double score, String id) {
    }

    /** How many hits there are (when counted), and the page. */
    record Found(Long total, List<Hit> page) {
    }

    /** A hit that may be on the page, before its properties are read. */
    private record Candidate(Node node, double score, String id) {
    }

    /** The page's order: score descending, then id as Cypher orders text. */
    private static final Comparator<Candidate> PAGE_ORDER = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(Candidate::id, CypherText.ORDER);

    private SearchTraversal() {
    }

    /**
     * The hits of {@code query} in the full-text index {@code index} whose kind is one of {@code kinds} (any
     * when null): their number when {@code count}, and the first {@code limit} after ({@code afterScore},
     * {@code afterId}) with the values of {@code properties}. Empty when the index is not online, for the files
     * (whose procedure waits for it) to answer.
     */
    static Optional<Found> search(Transaction tx, String index, String query, Set<String> kinds, Double afterScore, String afterId,
            int limit, List<String> properties, boolean count) {
        KernelTransaction kernel = ((InternalTransaction) tx).kernelTransaction();
        try {
            IndexDescriptor descriptor = kernel.schemaRead().indexGetForName(index);
            if (descriptor == IndexDescriptor.NO_INDEX || descriptor.getIndexType() != IndexType.FULLTEXT
                    || kernel.schemaRead().indexGetState(descriptor) != InternalIndexState.ONLINE) {
                return Optional.empty();
            }
            // The worst candidate on top, so that a better one replaces it.
            PriorityQueue<Candidate> page = new PriorityQueue<>(limit + 1, PAGE_ORDER.reversed());
            long total = 0;
            long seen = 0;
            try (NodeValueIndexCursor hits = kernel.cursors().allocateNodeValueIndexCursor(kernel.cursorContext(), kernel.memoryTracker())) {
                IndexReadSession session = kernel.dataRead().indexReadSession(descriptor);
                kernel.dataRead().nodeIndexSeek(kernel.queryContext(), session, hits, IndexQueryConstraints.unconstrained(),
                        PropertyIndexQuery.fulltextSearch(query, null));
                while (hits.next()) {
                    if ((++seen & 1023) == 0) {
                        kernel.assertOpen(); // a request's deadline ends the transaction
                    }
                    long reference = hits.nodeReference();
                    // The index follows writes eventually: a hit may be a node deleted since, which the procedure skips.
                    if (!kernel.dataRead().nodeExists(reference)) {
                        continue;
                    }
                    Node node = tx.getNodeById(reference);
                    if (kinds != null && !(node.getProperty("kind", null) instanceof String kind && kinds.contains(kind))) {
                        continue;
                    }
                    total++;
                    double score = hits.score();
                    if (limit <= 0 || afterScore != null && score > afterScore
                            || page.size() == limit && score < page.peek().score()) {
                        continue;
                    }
                    var candidate = new Candidate(node, score, (String) node.getProperty("id", null));
                    if (candidate.id() == null || afterScore != null && score == afterScore && CypherText.ORDER.compare(candidate.id(), afterId) <= 0) {
                        continue;
                    }
                    if (page.size() < limit) {
                        page.add(candidate);
                    }
                    else if (PAGE_ORDER.compare(candidate, page.peek()) < 0) {
                        page.poll();
                        page.add(candidate);
                    }
                }
            }
            List<Candidate> ordered = new ArrayList<>(page);
            ordered.sort(PAGE_ORDER);
            String[] names = properties.toArray(String[]::new);
            List<Hit> found = new ArrayList<>(ordered.size());
            for (Candidate candidate : ordered) {
                found.add(new Hit(NodeProperties.valuesOf(properties, candidate.node().getProperties(names)), candidate.score(),
                        candidate.id()));
            }
            return Optional.of(new Found(count ? total : null, found));
        }
        catch (KernelException e) {
            throw new IllegalStateException("Could not search the full-text index " + index, e);
        }
    }
}
