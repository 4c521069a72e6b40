package org.innograph.ingest;

/**
 * What an import did with the rows of one part: a file, or, where one file gives rows of two kinds (a ROR
 * institution and its location), the rows of one kind from it. {@code merged} counts rows that state an edge
 * another row of the same import already states (ROR gives most links from both sides).
 */
public record PartSummary(String part, long rows, long created, long updated, long unchanged, long rejected, long merged) {
}
