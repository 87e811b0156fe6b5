package dev.sosik.ingest.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Decompresses a gzip body with a cap on what comes out, so that a few kilobytes cannot turn into gigabytes. */
final class Gzip {

    private Gzip() {
    }

    static byte[] inflate(byte[] compressed, long maxBytes) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            for (int n; (n = in.read(buffer)) != -1; ) {
                if (out.size() + (long) n > maxBytes) {
                    throw new BodyRefused("decompressed body larger than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        } catch (BodyRefused e) {
            throw e;
        } catch (IOException e) {
            throw new BodyRefused("bad gzip body: " + e.getMessage());
        }
        return out.toByteArray();
    }
}
