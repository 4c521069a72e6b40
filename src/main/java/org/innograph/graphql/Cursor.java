package org.innograph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque position in a list. Lists in a stored order use keyset positions (the sort key of the last
 * item), so pages neither skip nor repeat items when others are added in between. Ranked search results
 * use a keyset too, the score and id of the last hit, so the database filters to the page instead of
 * skipping the hits before it.
 */
public sealed interface Cursor {

    String KEYSET = "k1";
    String RANKED = "r1";
    char SEPARATOR = '\u001f';

    /** The position just after the item with this (unique) sort key. */
    record Keyset(String sortKey) implements Cursor {
    }

    /** The position just after the hit with this score and id, in the order (score descending, id). */
    record Ranked(double score, String id) implements Cursor {
    }

    default String encode() {
        String raw = this instanceof Keyset k
                ? KEYSET + SEPARATOR + k.sortKey()
                : RANKED + SEPARATOR + ((Ranked) this).score() + SEPARATOR + ((Ranked) this).id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split(String.valueOf(SEPARATOR), 2);
            if (parts.length == 2 && parts[0].equals(KEYSET)) {
                return new Keyset(parts[1]);
            }
            if (parts.length == 2 && parts[0].equals(RANKED)) {
                String[] position = parts[1].split(String.valueOf(SEPARATOR), 2);
                if (position.length == 2 && Double.isFinite(Double.parseDouble(position[0]))) {
                    return new Ranked(Double.parseDouble(position[0]), position[1]);
                }
            }
        }
        catch (IllegalArgumentException e) {
            // fall through: not base64, or not a number
        }
        throw new InvalidArgumentException("after", "Malformed cursor: pass back an endCursor this API returned");
    }

    /** This cursor as a keyset position, or a clear error when a client passed another list's cursor. */
    default Keyset asKeyset() {
        if (this instanceof Keyset keyset) {
            return keyset;
        }
        throw new InvalidArgumentException("after", "This cursor belongs to another list");
    }

    default Ranked asRanked() {
        if (this instanceof Ranked ranked) {
            return ranked;
        }
        throw new InvalidArgumentException("after", "This cursor belongs to another list");
    }
}
