package org.innograph.export;

/** What an export wrote: how many nodes and edges. */
record Exported(long nodes, long edges) {
}
