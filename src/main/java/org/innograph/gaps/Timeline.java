package org.innograph.gaps;

import java.util.List;

import org.innograph.network.EdgeKind;
import org.innograph.network.Kind;

/** The network year by year: what existed at the end of each year, and what each year added. */
public record Timeline(int from, int to, List<Kind> kinds, List<Year> years) {

    /** One year: the nodes of each kind asked for, and the ties that began in it by kind of edge. */
    public record Year(int year, List<KindCount> nodes, long existing, long added, List<TieCount> newTies, long newTieCount) {
    }

    /** Nodes of one kind existing at the end of the year, and those whose span began in it. */
    public record KindCount(Kind kind, long existing, long added) {
    }

    /** Ties of one kind of edge that began in the year. */
    public record TieCount(EdgeKind kind, long count) {
    }
}
