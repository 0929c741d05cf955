package dev.weft.api;

import nl.altindag.ssl.SSLFactory;
import nl.altindag.ssl.util.CertificateUtils;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The servers Weft trusts: those whose certificates chain to the JDK's own roots, to the system's (where IT
 * adds an organization's CA, as for a proxy that inspects TLS), or to the certificates in {@code SSL_CERT_FILE}
 * or {@code SSL_CERT_DIR}, as OpenSSL, curl and Go read them. Verification itself is never turned off.
 */
final class TrustedCertificates {
    private static final System.Logger LOG = System.getLogger(TrustedCertificates.class.getName());

    private TrustedCertificates() {
    }

    /** Blocking, and slow the first time (a few hundred ms: every system certificate is read). */
    static SSLContext context(Map<String, String> env) {
        SSLFactory.Builder tls = SSLFactory.builder().withDefaultTrustMaterial();
        try {
            tls.withSystemTrustMaterial();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the system's trusted certificates could not be read: " + e);
        }
        List<Path> named = named(env);
        for (Path file : named) {
            try {
                tls.withTrustMaterial(CertificateUtils.loadCertificate(file));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "no certificates read from " + file + ": " + e);
            }
        }
        try {
            return tls.build().getSslContext();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "trusting the JDK's certificates only: " + e);
            try {
                return SSLContext.getDefault();
            } catch (java.security.NoSuchAlgorithmException none) {
                throw new IllegalStateException("no TLS in this Java runtime", none);
            }
        }
    }

    /** The files SSL_CERT_FILE names, and those in SSL_CERT_DIR's folders (separated as PATH is). */
    private static List<Path> named(Map<String, String> env) {
        Stream<Path> file = Stream.ofNullable(env.get("SSL_CERT_FILE")).filter(s -> !s.isBlank()).map(Path::of);
        Stream<Path> dirs = Stream.ofNullable(env.get("SSL_CERT_DIR")).flatMap(d -> Stream.of(d.split(java.io.File.pathSeparator)))
                .filter(s -> !s.isBlank()).map(Path::of).filter(Files::isDirectory).flatMap(TrustedCertificates::files);
        return Stream.concat(file, dirs).filter(Files::isRegularFile).toList();
    }

    private static Stream<Path> files(Path dir) {
        try (Stream<Path> listed = Files.list(dir)) {
            return listed.sorted().toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
