package io.newswire.producer.source.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    @Test
    void shouldReadABodyUpToTheLimit() throws Exception {
        CountingStream in = new CountingStream(new byte[100]);

        assertThat(BoundedBody.read(in, -1, 100)).hasSize(100);
    }

    @Test
    void shouldReadNothingWhenTheDeclaredLengthIsOverTheLimit() {
        CountingStream in = new CountingStream(new byte[200]);

        assertThatThrownBy(() -> BoundedBody.read(in, 200, 100)).isInstanceOf(BoundedBody.TooLargeException.class)
                .hasMessage("body of 200 bytes is over the 100-byte limit");
        assertThat(in.read).isZero();
    }

    @Test
    void shouldStopOneByteOverTheLimitWhenTheLengthIsUnknown() {
        CountingStream in = new CountingStream(new byte[100_000]);

        assertThatThrownBy(() -> BoundedBody.read(in, -1, 100)).isInstanceOf(BoundedBody.TooLargeException.class);
        assertThat(in.read).isEqualTo(101);
    }

    @Test
    void shouldStopOneByteOverTheLimitWhenTheBodyIsLongerThanDeclared() {
        CountingStream in = new CountingStream(new byte[100_000]);

        assertThatThrownBy(() -> BoundedBody.read(in, 50, 100)).isInstanceOf(BoundedBody.TooLargeException.class);
        assertThat(in.read).isEqualTo(101);
    }

    private static final class CountingStream extends FilterInputStream {
        long read;

        CountingStream(byte[] content) {
            super(new ByteArrayInputStream(content));
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }
    }
}
