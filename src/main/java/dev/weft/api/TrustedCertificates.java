package dev.weft.api;

import nl.altindag.ssl.SSLFactory;
import nl.altindag.ssl.util.CertificateUtils;
import nl.altindag.ssl.util.TrustManagerUtils;

import javax.net.ssl.SSLContext;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The servers Weft trusts: those whose certificates chain to the JDK's own roots, to the system's (where IT
 * adds an organization's CA, as for a proxy that inspects TLS), or to the certificates in {@code SSL_CERT_FILE}
 * or {@code SSL_CERT_DIR}, as OpenSSL, curl and Go read them. Verification itself is never turned off.
 * <p>
 * The system's certificates and the named ones are read only when a server's chain is not one the JDK's roots
 * vouch for: reading them costs ~0.2 s (hundreds of files on Linux; a process on macOS), which a helper such as
 * {@code weft s3-credentials} would otherwise pay at every AWS command, for CoreWeave's servers, whose
 * certificates chain to public roots the JDK carries.
 */
final class TrustedCertificates {
    private static final System.Logger LOG = System.getLogger(TrustedCertificates.class.getName());

    private TrustedCertificates() {
    }

    /** Blocking: the JDK's roots are read now (~0.1 s), the others when a server first needs them. */
    static SSLContext context(Map<String, String> env) {
        try {
            return context(TrustManagerUtils.createTrustManagerWithJdkTrustedCertificates(), () -> systemAndNamed(env));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "trusting the JDK's certificates only: " + e);
            try {
                return SSLContext.getDefault();
            } catch (java.security.NoSuchAlgorithmException none) {
                throw new IllegalStateException("no TLS in this Java runtime", none);
            }
        }
    }

    /** Trusts what {@code first} trusts and, asked only when it does not, what {@code otherwise} makes (once). */
    static SSLContext context(X509ExtendedTrustManager first, Supplier<Optional<X509ExtendedTrustManager>> otherwise) {
        return SSLFactory.builder().withTrustMaterial(TrustManagerUtils.combine(first, new ReadWhenAsked(otherwise)))
                .build().getSslContext();
    }

    /** The system's certificates and those the environment names; empty when there are none to read. */
    private static Optional<X509ExtendedTrustManager> systemAndNamed(Map<String, String> env) {
        List<X509ExtendedTrustManager> managers = new ArrayList<>();
        try {
            TrustManagerUtils.createTrustManagerWithSystemTrustedCertificates().ifPresent(managers::add);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the system's trusted certificates could not be read: " + e);
        }
        for (Path file : named(env)) {
            try {
                List<X509Certificate> read = CertificateUtils.loadCertificate(file).stream()
                        .filter(X509Certificate.class::isInstance).map(X509Certificate.class::cast).toList();
                if (!read.isEmpty()) {
                    managers.add(TrustManagerUtils.createTrustManager(read));
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "no certificates read from " + file + ": " + e);
            }
        }
        return managers.isEmpty() ? Optional.empty() : Optional.of(TrustManagerUtils.combine(managers));
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
