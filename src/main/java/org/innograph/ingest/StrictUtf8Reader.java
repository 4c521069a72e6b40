package org.innograph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes UTF-8 line by line with a decoder that reports malformed input instead of replacing it, and
 * remembers each line that was not valid UTF-8 (with the byte offset of the fault), so the row on it is
 * reported rather than imported with U+FFFD in it. Such a line is passed on decoded with replacement, so the
 * CSV parser keeps its place in the file. A leading byte order mark is skipped.
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final Map<Long, String> badLines = new TreeMap<>();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private CharBuffer pending = CharBuffer.allocate(0);
    private long lineNumber;
    private boolean ended;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    /** Lines (1-based) that were not valid UTF-8, with where. */
    Map<Long, String> badLines() {
        return badLines;
    }

    /** The first bad line in [first, last], or null. */
    String badBetween(long first, long last) {
        for (long n = first; n <= last; n++) {
            String bad = badLines.get(n);
            if (bad != null) {
                return "line %d is not valid UTF-8 (%s)".formatted(n, bad);
            }
        }
        return null;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (!pending.hasRemaining()) {
            if (ended || !nextLine()) {
                ended = true;
                return -1;
            }
        }
        int n = Math.min(length, pending.remaining());
        pending.get(buffer, offset, n);
        return n;
    }

    private boolean nextLine() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        if (line.size() == 0) {
            return false;
        }
        lineNumber++;
        byte[] bytes = line.toByteArray();
        int start = lineNumber == 1 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            strict.reset();
            pending = strict.decode(input);
        }
        catch (CharacterCodingException e) {
            badLines.put(lineNumber, "malformed byte sequence near byte " + (firstBadByte(bytes, start) + 1));
            pending = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
        }
        return true;
    }

    private int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(input, out, true);
        return result.isError() ? input.position() : start;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
