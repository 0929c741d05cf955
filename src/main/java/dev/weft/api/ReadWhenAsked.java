package dev.weft.api;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A trust manager made the first time a chain is put to it, not before: for certificates that are slow to read
 * and seldom needed. When there are none to read it trusts nothing.
 */
final class ReadWhenAsked extends X509ExtendedTrustManager {
    private final Supplier<Optional<X509ExtendedTrustManager>> read;
    /** Null until read. */
    private Optional<X509ExtendedTrustManager> made;

    ReadWhenAsked(Supplier<Optional<X509ExtendedTrustManager>> read) {
        this.read = read;
    }

    private synchronized X509ExtendedTrustManager trust() throws CertificateException {
        if (made == null) {
            made = read.get();
        }
        return made.orElseThrow(() -> new CertificateException("no other certificates to trust"));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        trust().checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        trust().checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        trust().checkServerTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        trust().checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        trust().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        trust().checkClientTrusted(chain, authType, engine);
    }

    /** None, until read: a client is asked for these only to name them to a server, which Weft does not do. */
    @Override
    public X509Certificate[] getAcceptedIssuers() {
        Optional<X509ExtendedTrustManager> m;
        synchronized (this) {
            m = made;
        }
        return m == null ? new X509Certificate[0] : m.map(X509ExtendedTrustManager::getAcceptedIssuers).orElseGet(() -> new X509Certificate[0]);
    }
}
