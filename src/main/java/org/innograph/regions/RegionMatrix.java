package org.innograph.regions;

import java.util.List;

import org.innograph.network.Region;
import org.innograph.subgraph.Subgraph;

/** How strongly each pair of regions is tied, as rows and as a weighted subgraph of regions. */
public record RegionMatrix(List<Region> regions, List<MatrixCell> cells, Subgraph subgraph) {

    /** One pair of regions and what ties them. */
    public record MatrixCell(Region regionA, Region regionB, long labs, long projects, long parks, long demoCenters,
            long transferCenters, long agreements, long weight) {
    }
}
