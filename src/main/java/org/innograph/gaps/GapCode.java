package org.innograph.gaps;

/** Why a row of a gap report is a gap: the code a client can switch on, beside the reason in words. */
public enum GapCode {
    /** A country signed an S&T agreement but takes part in no joint lab. */
    AGREEMENT_WITHOUT_LAB,
    /** A country signed an S&T agreement but takes part in no project. */
    AGREEMENT_WITHOUT_PROJECT,
    /** No transfer centre serves the region or a region it is part of. */
    REGION_WITHOUT_TRANSFER_CENTER,
    /** No joint lab of the field is in the region. */
    FIELD_WITHOUT_LAB,
    /** Nothing connects the two regions. */
    NO_REGION_TIE,
    /** Something connects the two regions, less than the threshold asked for. */
    WEAK_REGION_TIE,
    /** An institution takes part in projects but in no joint lab. */
    INSTITUTION_IN_NO_LAB,
    /** Nothing started since the date has participants in two of the agreement's signatory countries. */
    DORMANT_AGREEMENT
}
