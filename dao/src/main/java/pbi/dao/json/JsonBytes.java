package pbi.dao.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growing byte buffer and the JSON tokens {@link LineWriter} puts into it, as Jackson's generator writes them. */
abstract class JsonBytes {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    byte[] buf;
    int len;

    JsonBytes(int capacity) {
        buf = new byte[capacity];
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Long.toString's digits, straight into the buffer. */
    final void number(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                raw(Long.toString(v));
                return;
            }
            put('-');
            v = -v;
        }
        if (v < 10) {
            put('0' + (int) v);
            return;
        }
        int digits = 2;
        for (long p = 100; digits < 19 && v >= p; p *= 10) {
            digits++;
        }
        ensure(digits);
        byte[] b = buf;
        int end = len + digits;
        int at = end;
        while (v >= 10) {
            long q = v / 10;
            b[--at] = (byte) ('0' + (int) (v - q * 10));
            v = q;
        }
        b[--at] = (byte) ('0' + (int) v);
        len = end;
    }

    /** A JSON string escaped as Jackson escapes it: quote, backslash and control characters; UTF-8 for the rest. */
    final void string(String s) {
        if (s == null) {
            raw("null");
            return;
        }
        ensure(s.length() * 6 + 2);
        byte[] b = buf;
        int n = len;
        b[n++] = '"';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[n++] = (byte) c;
                    continue;
                }
                b[n++] = '\\';
                switch (c) {
                    case '"' -> b[n++] = '"';
                    case '\\' -> b[n++] = '\\';
                    case '\b' -> b[n++] = 'b';
                    case '\t' -> b[n++] = 't';
                    case '\f' -> b[n++] = 'f';
                    case '\n' -> b[n++] = 'n';
                    case '\r' -> b[n++] = 'r';
                    default -> {
                        b[n++] = 'u';
                        b[n++] = '0';
                        b[n++] = '0';
                        b[n++] = HEX[c >> 4];
                        b[n++] = HEX[c & 15];
                    }
                }
            } else if (c < 0x800) {
                b[n++] = (byte) (0xc0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                // Jackson writes characters beyond the BMP as their two escaped surrogates, not as 4 UTF-8 bytes.
                b[n++] = '\\';
                b[n++] = 'u';
                b[n++] = HEX[c >> 12];
                b[n++] = HEX[(c >> 8) & 15];
                b[n++] = HEX[(c >> 4) & 15];
                b[n++] = HEX[c & 15];
            } else {
                b[n++] = (byte) (0xe0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[n++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        b[n++] = '"';
        len = n;
    }

    /** ASCII text as it is. */
    final void raw(String ascii) {
        int n = ascii.length();
        ensure(n);
        ascii.getBytes(0, n, buf, len);
        len += n;
    }

    final void bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    final void put(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    final void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }
}
