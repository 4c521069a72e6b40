package org.innograph.network;

import java.time.LocalDate;

/**
 * The arguments of the per-kind list fields ({@code countries}, {@code labs}...). Each field declares only
 * the filters that make sense for its kind; the others stay null and filter nothing.
 *
 * @param country only nodes in this country: located there, or with a partner, operator, participant,
 *     organiser or signatory there.
 * @param region the same for any country of this region.
 * @param field only nodes in this field of science and technology.
 * @param asOf only nodes whose since/until span covers this date.
 * @param type only institutions of this ROR type.
 * @param status only projects with this status.
 * @param regionKind only regions of this kind.
 */
public record ListArguments(Integer first, String after, String country, String region, String field, LocalDate asOf,
        String type, String status, String regionKind) {
}
