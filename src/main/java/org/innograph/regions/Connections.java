package org.innograph.regions;

import java.util.List;

import org.innograph.subgraph.Subgraph;

/** What connects two regions: a page of links, how many there are in all, and the links as a subgraph. */
public record Connections(List<RegionLink> links, long totalCount, boolean truncated, Subgraph subgraph) {
}
