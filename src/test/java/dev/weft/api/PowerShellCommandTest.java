package dev.weft.api;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request in PowerShell's own words, which Windows PowerShell 5.1 and PowerShell 7 read alike: single quotes
 * in which only a quote is special (doubled, typographic ones too), the token from {@code $env:}, lines joined by a
 * backtick, the body's type in -ContentType (5.1 refuses it among the headers).
 */
class PowerShellCommandTest {
    @Test
    void aRequestIsInvokeRestMethodWithTheTokenFromTheEnvironment() {
        CurlCommand.Parsed r = new CurlCommand.Parsed("PATCH", "https://api.kupe.cloud/api/v1/tenants/t/clusters/c",
                Map.of("Content-Type", "application/json"), "KUPE_API_KEY", "{\"displayName\": \"Bob's ‘lab’\"}");
        assertThat(PowerShellCommand.render(r)).isEqualTo("""
                Invoke-RestMethod -Method Patch `
                  -Uri 'https://api.kupe.cloud/api/v1/tenants/t/clusters/c' `
                  -Headers @{ Authorization = "Bearer $env:KUPE_API_KEY" } `
                  -ContentType 'application/json; charset=utf-8' `
                  -Body '{"displayName": "Bob''s ‘‘lab’’"}' `
                  | ConvertTo-Json -Depth 20""");
        CurlCommand.Parsed get = new CurlCommand.Parsed("GET", "https://api.coreweave.com/v1beta1/cks/clusters",
                new java.util.LinkedHashMap<>(Map.of("If-Match", "\"abc\"")), "COREWEAVE_API_TOKEN", null);
        assertThat(PowerShellCommand.render(get)).isEqualTo("""
                Invoke-RestMethod -Method Get `
                  -Uri 'https://api.coreweave.com/v1beta1/cks/clusters' `
                  -Headers @{ Authorization = "Bearer $env:COREWEAVE_API_TOKEN"; 'If-Match' = '"abc"' } `
                  | ConvertTo-Json -Depth 20""");
    }
}
