package org.selfeval.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a text file's bytes into text without ever putting replacement characters in: UTF-8 (with
 * or without a byte order mark) when the bytes are valid UTF-8, else GB18030 (which covers GBK and
 * GB2312, what Windows Notepad writes as "ANSI" on a Chinese system) when they are valid GB18030,
 * else a clear refusal.
 */
public final class TextDecoding {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** The decoded text and the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(byte[] bytes) throws CharacterCodingException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, start), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            if (start == 0) {
                return new Decoded(strict(GB18030, bytes, 0), "GB18030");
            }
            throw notUtf8;
        }
    }

    private static String strict(Charset charset, byte[] bytes, int start) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    }
}
