package org.innograph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque position in a list. Lists in a stored order use keyset positions (the sort key of the last
 * item), so pages neither skip nor repeat items when others are added in between; ranked search results
 * use their offset.
 */
public sealed interface Cursor {

    String KEYSET = "k1";
    String OFFSET = "o1";
    char SEPARATOR = '\u001f';

    /** The position just after the item with this (unique) sort key. */
    record Keyset(String sortKey) implements Cursor {
    }

    /** The position after the first {@code offset} items. */
    record Offset(int offset) implements Cursor {
    }

    default String encode() {
        String raw = this instanceof Keyset k
                ? KEYSET + SEPARATOR + k.sortKey()
                : OFFSET + SEPARATOR + ((Offset) this).offset();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                    .split(String.valueOf(SEPARATOR), 2);
            if (parts.length == 2 && parts[0].equals(KEYSET)) {
                return new Keyset(parts[1]);
            }
            if (parts.length == 2 && parts[0].equals(OFFSET) && Integer.parseInt(parts[1]) >= 0) {
                return new Offset(Integer.parseInt(parts[1]));
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

    default Offset asOffset() {
        if (this instanceof Offset offset) {
            return offset;
        }
        throw new InvalidArgumentException("after", "This cursor belongs to another list");
    }
}
