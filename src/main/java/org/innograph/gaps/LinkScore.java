package org.innograph.gaps;

/** The link-prediction score suggested partners are ranked by (README, "Suggested partners"). */
public enum LinkScore {
    /** Adamic-Adar: the shared neighbours, each weighted 1/ln of its degree, so a hub shared counts little. */
    ADAMIC_ADAR,
    /** Common neighbours: how many neighbours the two share. */
    COMMON_NEIGHBOURS,
    /** Resource allocation: the shared neighbours, each weighted 1/its degree (Zhou, Lü and Zhang 2009). */
    RESOURCE_ALLOCATION
}
