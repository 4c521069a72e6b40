package org.innograph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader against the JDK's own decoder, line by line: the same text (malformed lines decoded with
 * replacement) and the same bad lines, with lines that straddle blocks of every small size.
 */
class StrictUtf8ReaderTest {

    private static final String[] PIECES = {"a", "Z", ",", "\"", "|", "\r", "é", "ß", "中文", "한국", "😀", "ø"};

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8, 64, 1 << 16})
    void readsAsTheJdkDecodesEachLine(int blockSize) throws IOException {
        for (long seed = 1; seed <= 30; seed++) {
            byte[] bytes = randomLines(new Random(seed * 31 + blockSize));
            var reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes), blockSize);
            StringBuilder read = new StringBuilder();
            char[] buffer = new char[7];
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) != -1) {
                read.append(buffer, 0, n);
            }
            Expected expected = expected(bytes);
            assertThat(read.toString()).as("seed %d", seed).isEqualTo(expected.text());
            assertThat(reader.badLines()).as("seed %d", seed).isEqualTo(expected.badLines());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 64})
    void skipsALeadingByteOrderMarkOnly(int blockSize) throws IOException {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(bom);
        bytes.writeBytes("id\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(bom);
        bytes.writeBytes("x\n".getBytes(StandardCharsets.UTF_8));
        var reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes.toByteArray()), blockSize);
        char[] all = new char[64];
        int length = 0;
        int n;
        while ((n = reader.read(all, length, all.length - length)) != -1) {
            length += n;
        }
        assertThat(new String(all, 0, length)).isEqualTo("id\n\ufeffx\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 64})
    void namesTheFirstBadByteOfABadLine(int blockSize) throws IOException {
        byte[] bytes = "ok\nab\u00e9c\n".getBytes(StandardCharsets.ISO_8859_1);
        var reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes), blockSize);
        while (reader.read(new char[16], 0, 16) != -1) {
            // read it all
        }
        assertThat(reader.badBetween(1, 1)).isNull();
        assertThat(reader.badBetween(1, 2)).isEqualTo("line 2 is not valid UTF-8 (malformed byte sequence near byte 3)");
    }

    private static byte[] randomLines(Random random) {
        var bytes = new ByteArrayOutputStream();
        int lines = random.nextInt(12);
        for (int i = 0; i < lines; i++) {
            int pieces = random.nextInt(random.nextBoolean() ? 4 : 300);
            for (int p = 0; p < pieces; p++) {
                if (random.nextInt(50) == 0) {
                    bytes.write(0x80 + random.nextInt(0x80));
                }
                else {
                    bytes.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            if (i < lines - 1 || random.nextBoolean()) {
                bytes.write('\n');
            }
        }
        return bytes.toByteArray();
    }

    private record Expected(String text, Map<Long, String> badLines) {
    }

    /** Splits after each newline byte and decodes each line on its own, with the JDK's decoders. */
    private static Expected expected(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, from, i + 1));
                from = i + 1;
            }
        }
        if (from < bytes.length) {
            lines.add(java.util.Arrays.copyOfRange(bytes, from, bytes.length));
        }
        StringBuilder text = new StringBuilder();
        Map<Long, String> bad = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = lines.get(i);
            text.append(StandardCharsets.UTF_8.decode(ByteBuffer.wrap(line)));
            var strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            var input = ByteBuffer.wrap(line);
            try {
                strict.decode(input);
            }
            catch (CharacterCodingException e) {
                var again = ByteBuffer.wrap(line);
                var result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(again, java.nio.CharBuffer.allocate(line.length + 1), true);
                assertThat(result.isError()).isTrue();
                bad.put(i + 1L, "malformed byte sequence near byte " + (again.position() + 1));
            }
        }
        return new Expected(text.toString(), bad);
    }
}
