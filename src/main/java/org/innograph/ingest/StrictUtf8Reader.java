package org.innograph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decodes UTF-8 line by line with a decoder that reports malformed input instead of replacing it, and
 * remembers each line that was not valid UTF-8 (with the byte offset of the fault), so the row on it is
 * reported rather than imported with U+FFFD in it. Such a line is passed on decoded with replacement, so the
 * CSV parser keeps its place in the file. A leading byte order mark is skipped.
 *
 * <p>Reads the stream a block at a time and finds line ends in the block; a line of ASCII alone (most of
 * them) is widened to chars without the decoder. Reading a byte per call took half of an import's reading
 * (docs/performance-history.md, "How fast").
 */
final class StrictUtf8Reader extends Reader {

    private static final int BLOCK = 1 << 16;

    private final InputStream in;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final TreeMap<Long, String> badLines = new TreeMap<>();
    private final byte[] block;
    private int blockAt;
    private int blockEnd;
    private byte[] line = new byte[256];
    private int lineLength;
    private char[] chars = new char[256];
    private int charsAt;
    private int charsEnd;
    private long lineNumber;
    private boolean ended;

    StrictUtf8Reader(InputStream in) {
        this(in, BLOCK);
    }

    /** With blocks of {@code blockSize} bytes (small ones in tests, so lines straddle blocks). */
    StrictUtf8Reader(InputStream in, int blockSize) {
        this.in = in;
        this.block = new byte[blockSize];
    }

    /** Lines (1-based) that were not valid UTF-8, with where. */
    Map<Long, String> badLines() {
        return badLines;
    }

    /** The first bad line in [first, last], or null. */
    String badBetween(long first, long last) {
        Map.Entry<Long, String> bad = badLines.ceilingEntry(first);
        return bad == null || bad.getKey() > last ? null
                : "line %d is not valid UTF-8 (%s)".formatted(bad.getKey(), bad.getValue());
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (charsAt == charsEnd) {
            if (ended || !nextLine()) {
                ended = true;
                return -1;
            }
        }
        int n = Math.min(length, charsEnd - charsAt);
        System.arraycopy(chars, charsAt, buffer, offset, n);
        charsAt += n;
        return n;
    }

    /** Takes the next line's bytes, its newline included, into {@code line}; decodes them into {@code chars}. */
    private boolean nextLine() throws IOException {
        lineLength = 0;
        boolean ascii = true;
        boolean complete = false;
        while (!complete) {
            if (blockAt == blockEnd && !fill()) {
                break;
            }
            int end = blockAt;
            while (end < blockEnd && block[end] != '\n') {
                ascii &= block[end] >= 0;
                end++;
            }
            complete = end < blockEnd;
            if (complete) {
                end++;
            }
            append(blockAt, end);
            blockAt = end;
        }
        if (lineLength == 0) {
            return false;
        }
        lineNumber++;
        int start = lineNumber == 1 && lineLength >= 3 && (line[0] & 0xff) == 0xef && (line[1] & 0xff) == 0xbb
                && (line[2] & 0xff) == 0xbf ? 3 : 0;
        if (chars.length < lineLength) {
            chars = new char[Math.max(lineLength, chars.length * 2)];
        }
        charsAt = 0;
        if (ascii) {
            for (int i = start; i < lineLength; i++) {
                chars[i - start] = (char) line[i];
            }
            charsEnd = lineLength - start;
        }
        else {
            decode(start);
        }
        return true;
    }

    private boolean fill() throws IOException {
        int n = in.read(block, 0, block.length);
        while (n == 0) {
            n = in.read(block, 0, block.length);
        }
        blockAt = 0;
        blockEnd = Math.max(n, 0);
        return n > 0;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (lineLength + n > line.length) {
            line = Arrays.copyOf(line, Math.max(lineLength + n, line.length * 2));
        }
        System.arraycopy(block, from, line, lineLength, n);
        lineLength += n;
    }

    private void decode(int start) {
        ByteBuffer input = ByteBuffer.wrap(line, start, lineLength - start);
        CharBuffer output = CharBuffer.wrap(chars);
        strict.reset();
        CoderResult result = strict.decode(input, output, true);
        if (!result.isError()) {
            result = strict.flush(output);
        }
        if (result.isError()) {
            badLines.put(lineNumber, "malformed byte sequence near byte " + (input.position() + 1));
            // Replacement gives one char per malformed byte at most, so chars (lineLength long) holds it.
            CharBuffer replaced = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(line, start, lineLength - start));
            charsEnd = replaced.length();
            replaced.get(chars, 0, charsEnd);
            return;
        }
        charsEnd = output.position();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
