package org.innograph.gaps;

import org.innograph.network.Kind;

/** What coverage counts by: countries, or regions (each holding what is in its countries). */
public enum CoverageGroup {
    REGION(Kind.REGION),
    COUNTRY(Kind.COUNTRY);

    private final Kind kind;

    CoverageGroup(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
