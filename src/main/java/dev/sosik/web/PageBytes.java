package dev.sosik.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Checksum;

import gg.jte.TemplateOutput;

/**
 * A rendered page as the bytes it is made of: its own bytes (escaped text, short fixed text) in one array, and
 * long arrays that are shared and never change by reference: an article's body encoded once, the ranking lists
 * rendered once per computation ({@link EncodedHtml}), the templates' long fixed texts. A page kept for guests
 * holds its own bytes only, and writing it out copies nothing twice.
 */
public final class PageBytes {

    private final byte[] own;
    /** Where in {@link #own} each shared array comes, in order. */
    private final int[] cuts;
    private final byte[][] shared;
    private final int length;

    private PageBytes(byte[] own, int[] cuts, byte[][] shared) {
        this.own = own;
        this.cuts = cuts;
        this.shared = shared;
        this.length = own.length + Arrays.stream(shared).mapToInt(bytes -> bytes.length).sum();
    }

    public int length() {
        return length;
    }

    /** The bytes this page holds of its own: what keeping it costs. */
    int ownLength() {
        return own.length;
    }

    public void writeTo(OutputStream out) throws IOException {
        inOrder(out::write);
    }

    void update(Checksum checksum) {
        try {
            inOrder(checksum::update);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a checksum never throws
        }
    }

    /** What takes the page's pieces, in order. */
    private interface Pieces {
        void take(byte[] bytes, int offset, int length) throws IOException;
    }

    private void inOrder(Pieces pieces) throws IOException {
        int at = 0;
        for (int i = 0; i < cuts.length; i++) {
            pieces.take(own, at, cuts[i] - at);
            pieces.take(shared[i], 0, shared[i].length);
            at = cuts[i];
        }
        pieces.take(own, at, own.length - at);
    }

    public byte[] toByteArray() {
        var out = new ByteArrayOutputStream(length);
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The output jte renders a page into. Only immutable arrays may be passed to {@link #writeBinaryContent}: the
     * templates' fixed texts and {@link EncodedHtml}, which is all that calls it.
     */
    public static final class Writer implements TemplateOutput {

        /** Arrays at least this long are kept by reference; shorter ones are copied, as writing each costs a call. */
        private static final int SHARED_AT = 512;

        private byte[] own = new byte[16 * 1024];
        private int used;
        private final List<Integer> cuts = new ArrayList<>();
        private final List<byte[]> shared = new ArrayList<>();

        @Override
        public void writeContent(String value) {
            writeContent(value, 0, value.length());
        }

        @Override
        public void writeContent(String value, int beginIndex, int endIndex) {
            room(3 * (endIndex - beginIndex));
            for (int i = beginIndex; i < endIndex; i++) {
                char c = value.charAt(i);
                if (c < 0x80) {
                    own[used++] = (byte) c;
                } else if (c < 0x800) {
                    own[used++] = (byte) (0xC0 | c >> 6);
                    own[used++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < endIndex
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    int code = Character.toCodePoint(c, value.charAt(++i));
                    own[used++] = (byte) (0xF0 | code >> 18);
                    own[used++] = (byte) (0x80 | code >> 12 & 0x3F);
                    own[used++] = (byte) (0x80 | code >> 6 & 0x3F);
                    own[used++] = (byte) (0x80 | code & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    own[used++] = '?'; // a lone surrogate has no UTF-8 form
                } else {
                    own[used++] = (byte) (0xE0 | c >> 12);
                    own[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                    own[used++] = (byte) (0x80 | c & 0x3F);
                }
            }
        }

        @Override
        public void writeBinaryContent(byte[] value) {
            if (value.length >= SHARED_AT) {
                cuts.add(used);
                shared.add(value);
            } else {
                room(value.length);
                System.arraycopy(value, 0, own, used, value.length);
                used += value.length;
            }
        }

        public PageBytes page() {
            return new PageBytes(Arrays.copyOf(own, used), cuts.stream().mapToInt(Integer::intValue).toArray(),
                    shared.toArray(byte[][]::new));
        }

        private void room(int bytes) {
            if (used + bytes > own.length) {
                own = Arrays.copyOf(own, Math.max(own.length * 2, used + bytes));
            }
        }
    }
}
