package org.innograph.ingest;

import java.util.Collection;
import java.util.List;

/**
 * Derives edges from the rows of a first import written as store files ({@link StoreFileImport}), so they are
 * written with the rest instead of derived by queries after it. Implemented where the rule of the derived
 * edges lives (paths, for {@code COOPERATES_WITH}); whoever implements it must give exactly the edges the
 * queries would derive from the same graph.
 */
public interface DerivedEdges {

    /** The edges derived from these nodes and edges, which are a whole graph (the database is empty). */
    List<EdgeRow> derive(Collection<NodeRow> nodes, Collection<EdgeRow> edges);
}
