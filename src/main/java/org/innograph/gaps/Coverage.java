package org.innograph.gaps;

import java.time.LocalDate;
import java.util.List;

import org.innograph.network.Field;
import org.innograph.network.Kind;
import org.innograph.network.NetworkNode;

/** What each country or region holds, by kind and field, zeros included, and what is in no country. */
public record Coverage(CoverageGroup groupBy, LocalDate asOf, List<Row> rows, List<Cell> unplaced, long totalCount,
        boolean truncated) {

    /** One country or region and its cells. */
    public record Row(NetworkNode area, List<Cell> cells) {
    }

    /**
     * The nodes of a kind in a field ({@code null}: in no field) in one area: {@code count} counts each once,
     * {@code share} counts each node's fraction (one unit split among its countries and fields).
     */
    public record Cell(Kind kind, Field field, long count, double share) {
    }
}
