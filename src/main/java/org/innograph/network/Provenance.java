package org.innograph.network;

import java.time.LocalDate;

/**
 * Where a node or edge comes from: the source it was taken from (or the generator that made it), the
 * date that source describes, and whether it is synthetic.
 */
public record Provenance(String source, LocalDate asOf, boolean synthetic) {
}
