package dev.weft.profiles;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderTest {

    @Test
    void aUrlPastedFromTheDocumentsIsCutBeforeTheApisOwnPaths() {
        assertThat(Provider.KUPE.apiRoot(URI.create("https://api.kupe.cloud/api/v1/tenants/acme/clusters")))
                .hasToString("https://api.kupe.cloud");
        assertThat(Provider.KUPE.apiRoot(URI.create("https://api.kupe.cloud/api/v1/"))).hasToString("https://api.kupe.cloud");
        assertThat(Provider.COREWEAVE.apiRoot(URI.create("https://api.coreweave.com/v1beta1/cks/clusters?x=1")))
                .hasToString("https://api.coreweave.com");
        assertThat(Provider.COREWEAVE.apiRoot(URI.create("https://api.coreweave.com/v1/cwobject/access-key")))
                .hasToString("https://api.coreweave.com");
    }

    @Test
    void aProxysOwnPathIsKept() {
        assertThat(Provider.KUPE.apiRoot(URI.create("https://proxy.example.com/kupe/api/v1"))).hasToString("https://proxy.example.com/kupe");
        assertThat(Provider.KUPE.apiRoot(URI.create("https://proxy.example.com/kupe"))).hasToString("https://proxy.example.com/kupe");
        assertThat(Provider.KUPE.apiRoot(URI.create("https://proxy.example.com/api/v10"))).as("not the API's path")
                .hasToString("https://proxy.example.com/api/v10");
        assertThat(Provider.COREWEAVE.apiRoot(URI.create("http://127.0.0.1:8080"))).hasToString("http://127.0.0.1:8080");
        assertThat(Provider.KUPE.apiRoot(URI.create("api.kupe.cloud/api/v1"))).as("no scheme: not a URL to cut")
                .hasToString("api.kupe.cloud/api/v1");
        assertThat(Provider.COREWEAVE.apiRoot(URI.create("https://proxy.example.com/v1/coreweave/"))).as("a path of its own, without its last slash")
                .hasToString("https://proxy.example.com/v1/coreweave");
    }
}
