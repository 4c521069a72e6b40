package org.innograph.paths;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.innograph.database.QueryRunner;
import org.innograph.ingest.NetworkChanged;
import org.innograph.network.EdgeKind;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the derived {@code COOPERATES_WITH} edges in step with the facts they come from. A write marks the
 * participants of whatever it changed {@code :CooperationPending} in its own transaction; after it commits,
 * only those institutions are re-derived, a chunk per transaction. A killed import leaves its marks, which the
 * next write or the next start derives. Never entered by hand.
 */
@Component
public class CooperationEdges {

    private static final Logger log = LoggerFactory.getLogger(CooperationEdges.class);

    /** What a derivation did: institutions re-derived, edges written (created or changed), edges removed. */
    public record Derived(long institutions, long written, long removed) {

        Derived plus(Derived other) {
            return new Derived(institutions + other.institutions, written + other.written, removed + other.removed);
        }
    }

    private final QueryRunner queries;
    private final TransactionTemplate transactions;
    private final CooperationProperties settings;

    public CooperationEdges(QueryRunner queries, TransactionTemplate transactions, CooperationProperties settings) {
        this.queries = queries;
        this.transactions = transactions;
        this.settings = settings;
    }

    @EventListener
    void onNetworkChanged(NetworkChanged change) {
        derivePending();
    }

    /** Marks left by an import that was killed before it derived them. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        derivePending();
    }

    /**
     * Re-derives the edges of every institution marked {@code :CooperationPending}, a chunk per transaction.
     * One derivation at a time: two would take the same marks and write the same pairs twice.
     */
    public Derived derivePending() {
        return derivePending(soFar -> { });
    }

    /** As {@link #derivePending()}, telling {@code progress} the totals so far after each chunk. */
    public synchronized Derived derivePending(Consumer<Derived> progress) {
        Derived total = new Derived(0, 0, 0);
        List<PendingInstitutions.Pending> pending;
        while (!(pending = queries.list("paths/pending-cooperation",
                Map.of("first", settings.chunkSize(), "participation", EdgeKind.PARTICIPATION),
                row -> new PendingInstitutions.Pending(row.get("id").asString(), row.get("participations").asLong()))).isEmpty()) {
            for (PendingInstitutions.Group group : PendingInstitutions.transactions(pending, settings.maxConsortium(), settings.maxPairs())) {
                total = total.plus(group.pairs() > settings.maxPairs() ? deriveHub(group.ids().get(0), group.pairs())
                        : derive(group.ids(), null, true, derivation()));
                progress.accept(total);
            }
        }
        if (total.institutions() > 0) {
            log.info("Re-derived the COOPERATES_WITH edges of {} institutions: {} written, {} removed",
                    total.institutions(), total.written(), total.removed());
        }
        return total;
    }

    /**
     * Derives the pairs of one institution whose bound on pairs alone passes {@code maxPairs}, a chunk of its
     * partners per transaction; its mark goes with the last chunk, so a hub stopped half-way is derived again.
     */
    private Derived deriveHub(String id, long pairs) {
        // The hub's things are read once for all its chunks.
        CoreApiDerivation derivation = derivation();
        List<String> partners = queries.traverse("paths/cooperation-candidates (Core API)", tx -> derivation.candidates(tx, id))
                .orElseGet(() -> queries.list("paths/cooperation-candidates", Map.of("id", id, "participation",
                        EdgeKind.PARTICIPATION, "maxConsortium", settings.maxConsortium()), row -> row.get("id").asString()));
        List<List<String>> chunks = PendingInstitutions.chunks(partners, pairs, settings.maxPairs());
        if (chunks.isEmpty()) {
            return derive(List.of(id), List.of(), true, derivation);
        }
        Derived total = new Derived(0, 0, 0);
        for (int i = 0; i < chunks.size(); i++) {
            boolean last = i == chunks.size() - 1;
            Derived chunk = derive(List.of(id), chunks.get(i), last, derivation);
            total = total.plus(last ? chunk : new Derived(0, chunk.written(), chunk.removed()));
        }
        log.info("Derived the COOPERATES_WITH edges of {} ({} partners) in {} transactions", id, partners.size(), chunks.size());
        return total;
    }

    /**
     * One transaction: the pairs of these institutions (with these partners only, unless null). In-process on
     * the Core API ({@code derivation}); through the driver by the named query.
     */
    private Derived derive(List<String> ids, List<String> partners, boolean last, CoreApiDerivation derivation) {
        Derived derived = queries.writeDirectly("paths/derive-cooperation (Core API)", tx -> derivation.derive(tx, ids, partners, last))
                .orElseGet(() -> byFile(ids, partners, last));
        if (derived.institutions() == 0) {
            // Marks nothing clears would be taken again and again.
            throw new IllegalStateException("Could not derive the cooperation of the marked institutions " + ids);
        }
        return derived;
    }

    /** The same transaction by {@code paths/derive-cooperation.cypher}, through the driver. */
    private Derived byFile(List<String> ids, List<String> partners, boolean last) {
        var parameters = new HashMap<String, Object>(Map.of("ids", ids, "participation", EdgeKind.PARTICIPATION,
                "maxConsortium", settings.maxConsortium(), "last", last));
        parameters.put("partners", partners);
        return transactions.execute(tx -> queries.single("paths/derive-cooperation", parameters,
                row -> new Derived(row.get("institutions").asLong(), row.get("written").asLong(), row.get("removed").asLong()))
                .orElseThrow());
    }

    /** A Core API derivation remembering up to two million members and participations (some 100 MB) between transactions. */
    private CoreApiDerivation derivation() {
        return new CoreApiDerivation(settings.maxConsortium(), 2_000_000);
    }

    /** How many COOPERATES_WITH edges there are. */
    public long count() {
        return queries.single("paths/count-cooperation", Map.of(), row -> row.get("edges").asLong()).orElse(0L);
    }

    /** Derives every institution's edges afresh: the admin's full rebuild, in bounded transactions as well. */
    public synchronized Derived rebuild(Consumer<Derived> progress) {
        String after = "";
        while (after != null) {
            String from = after;
            Value last = transactions.execute(tx -> queries.single("paths/mark-institutions",
                    Map.of("after", from, "first", settings.chunkSize()), row -> row.get("last")).orElseThrow());
            after = last.isNull() ? null : last.asString();
        }
        return derivePending(progress);
    }
}
