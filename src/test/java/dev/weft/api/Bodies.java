package dev.weft.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;

/** Answers' bodies for tests, as the client gets them: announced or not, all come or still coming. */
final class Bodies {
    private Bodies() {
    }

    /** A body of the given length (-1: not announced), its bytes still to come. */
    static ArrivingBody coming(long announced) {
        ArrivingBody b = new ArrivingBody(announced, java.time.Duration.ofMinutes(1));
        b.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        return b;
    }

    static void send(ArrivingBody body, String text) {
        body.onNext(List.of(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8))));
    }

    /** A body whose every byte has come, its length not announced. */
    static ArrivingBody arrived(String text) {
        ArrivingBody b = coming(-1);
        send(b, text);
        b.onComplete();
        return b;
    }
}
