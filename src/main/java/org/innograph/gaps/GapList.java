package org.innograph.gaps;

import java.util.List;

/** A page of gaps of one kind, how many there are in all, and whether {@code first} left some out. */
public record GapList(List<Gap> rows, long totalCount, boolean truncated) {

    static GapList of(List<Gap> rows, long total) {
        return new GapList(rows, total, total > rows.size());
    }
}
