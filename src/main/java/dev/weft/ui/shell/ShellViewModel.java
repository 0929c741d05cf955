package dev.weft.ui.shell;

import dev.weft.api.ApiException;
import dev.weft.api.ApiToken;
import dev.weft.profiles.EnvironmentProfile;
import dev.weft.profiles.Profile;
import dev.weft.profiles.ProfileDraft;
import dev.weft.profiles.ProfileStore;
import dev.weft.profiles.Provider;
import dev.weft.profiles.TokenStore;
import dev.weft.sandbox.SandboxConfig;
import dev.weft.service.AppServices;
import dev.weft.service.Session;
import dev.weft.ui.common.ErrorPresenter;
import dev.weft.ui.common.UiState;
import dev.weft.ui.accesskeys.AccessKeysViewModel;
import dev.weft.ui.buckets.BucketsViewModel;
import dev.weft.ui.clusters.ClustersViewModel;
import dev.weft.ui.policies.PoliciesViewModel;
import dev.weft.ui.tabs.TabViewModel;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The main window's state and commands: the profiles and the active one, its session, the status
 * bar's figures, the notice banner, and refreshing every tab. No nodes; results arrive on the FX
 * executor it is given (tests pass {@code Runnable::run}).
 */
public final class ShellViewModel {
    public static final String SANDBOX_NOTICE = "You are exploring Weft's local sandbox: sample data, and nothing leaves "
            + "this computer. To manage your own CoreWeave or Kupe account, add a profile.";

    private final AppServices services;
    private final Executor fx;
    private final ObservableList<Profile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> active = new SimpleObjectProperty<>();
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>();
    private final StringProperty endpointText = new SimpleStringProperty("Connecting…");
    private final IntegerProperty inFlight = new SimpleIntegerProperty();
    private final ObjectProperty<LastRefresh> lastRefresh = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> lastError = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<dev.weft.ui.common.AutoRefresh> autoRefresh = new SimpleObjectProperty<>();
    private final List<TabViewModel<?>> tabs;
    private java.util.function.BiConsumer<Profile, ApiException> onTokenNeeded = (p, e) -> { };
    private Consumer<UiState> persist = s -> { };
    private UiState uiState;

    public ShellViewModel(AppServices services, Executor fx, UiState uiState) {
        this.services = services;
        this.fx = fx;
        this.uiState = uiState;
        AccessKeysViewModel keys = new AccessKeysViewModel(services.work(), fx, search);
        BucketsViewModel buckets = new BucketsViewModel(services.work(), fx, search);
        this.tabs = List.of(new ClustersViewModel(services.work(), fx, search), keys, new PoliciesViewModel(services.work(), fx,
                new dev.weft.service.DraftStore(services.configDir()), keys.principalsByKeys(), buckets.names()), buckets);
        // The count as it is when applied, not as heard: a request started on one thread and another finished on
        // a second are heard in either order, and the number heard last could leave "1 request…" for good.
        services.onRequestsInFlight(n -> fx.execute(() -> inFlight.set(services.requestsInFlight())));
        autoRefresh.set(uiState.autoRefreshOrOff());
        autoRefresh.addListener((o, was, now) -> updateState(this.uiState.withAutoRefresh(now)));
    }

    /** Loads the profiles (blocking file read: call before the window shows, off the FX thread where possible). */
    public static List<Profile> initialProfiles(ProfileStore.Loaded loaded, Map<String, String> env) {
        List<Profile> list = new ArrayList<>(loaded.profiles());
        if (list.isEmpty()) {
            list.add(Profile.sandbox("Sandbox", Provider.COREWEAVE, null));
            list.add(Profile.sandbox("Sandbox (Kupe)", Provider.KUPE, SandboxConfig.DEFAULT_KUPE_TENANT));
        }
        EnvironmentProfile.all(env).forEach(e -> list.add(e.getKey()));
        return list;
    }

    /** Fills the profiles and opens the remembered (or first) one. */
    public void start(List<Profile> initial, String loadProblem) {
        profiles.setAll(initial);
        problem.set(loadProblem == null ? "" : loadProblem);
        Profile first = initial.stream().filter(p -> p.id().equals(uiState.activeProfile())).findFirst()
                .orElse(initial.isEmpty() ? null : initial.get(0));
        if (first != null) {
            switchTo(first);
        }
    }

    /** Told, once at a time, when the active profile's token was refused (401) or there is none to send. */
    public void onTokenNeeded(java.util.function.BiConsumer<Profile, ApiException> handler) {
        this.onTokenNeeded = handler;
    }

    public void onPersist(Consumer<UiState> handler) {
        this.persist = handler;
    }

    /** Switches made, on the FX thread: a session opened for an earlier one is not kept. */
    private long switches;

    /** Makes {@code profile} active: opens its session, then refreshes every tab. */
    public CompletableFuture<Void> switchTo(Profile profile) {
        long mine = ++switches;
        active.set(profile);
        session.set(null);
        // The status bar's refresh and error were the last profile's: said of this one, they misled.
        lastRefresh.set(null);
        lastError.set(null);
        endpointText.set(profile.isSandbox() ? "starting the local sandbox…" : String.valueOf(profile.endpoint()));
        updateNotice();
        updateState(uiState.withActiveProfile(profile.id()));
        return services.sessions().open(profile).handleAsync((s, failure) -> {
            // Left meanwhile, or chosen again (a save switches to the profile it saved): the later session is the one kept.
            if (switches != mine) {
                return CompletableFuture.<Void>completedFuture(null);
            }
            if (failure != null) {
                reportError(failure);
                endpointText.set("not connected");
                return CompletableFuture.<Void>completedFuture(null);
            }
            session.set(s);
            endpointText.set(s.endpoint() + (profile.isSandbox() ? " (local sandbox)" : ""));
            return refreshAll();
        }, fx).thenCompose(f -> f);
    }

    /** Refreshes every tab at once; the slowest request, not the sum, decides how long it takes. */
    public CompletableFuture<Void> refreshAll() {
        Session s = session.get();
        if (s == null) {
            return CompletableFuture.completedFuture(null);
        }
        List<CompletableFuture<Void>> all = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        for (TabViewModel<?> tab : tabs) {
            all.add(tab.refresh(s).exceptionally(failure -> {
                failed.incrementAndGet();
                if (session.get() == s) { // a left profile's late refusal would ask for the token of the one shown
                    reportError(failure);
                }
                return null;
            }));
        }
        return CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).thenRunAsync(() -> {
            if (session.get() == s) {
                lastRefresh.set(new LastRefresh(Instant.now(), failed.get(), tabs.size()));
            }
        }, fx);
    }

    /**
     * A timed refresh of every tab (the auto refresh chosen in Preferences): skipped while requests are in
     * flight, and while the profile's token is what made the last refresh fail, whose prompt would otherwise
     * come back at every tick until the profile is mended. True when it refreshed.
     */
    public boolean autoRefreshTick() {
        LastRefresh last = lastRefresh.get();
        boolean tokenRefused = last != null && !last.ok() && lastError.get() instanceof ApiException a && a.needsToken();
        if (session.get() == null || inFlight.get() > 0 || tokenRefused) {
            return false;
        }
        refreshAll();
        return true;
    }

    /** How often every tab refreshes by itself; kept with the window's state. */
    public ObjectProperty<dev.weft.ui.common.AutoRefresh> autoRefreshProperty() {
        return autoRefresh;
    }

    /** One unauthorized prompt at a time, however many requests fail with 401 together. */
    private final java.util.concurrent.atomic.AtomicBoolean unauthorizedShown = new java.util.concurrent.atomic.AtomicBoolean();

    private void reportError(Throwable failure) {
        Throwable cause = ErrorPresenter.unwrap(failure);
        lastError.set(cause);
        if (cause instanceof ApiException a && a.needsToken() && active.get() != null && unauthorizedShown.compareAndSet(false, true)) {
            onTokenNeeded.accept(active.get(), a);
        }
    }

    /** The unauthorized prompt was closed: a later 401 may ask again. */
    public void unauthorizedHandled() {
        unauthorizedShown.set(false);
    }

    /**
     * Adds a profile or changes one ({@code existing} non-null), in the profiles file as it is now (another
     * Weft window may have changed it): refuses a name taken there meanwhile, stores the token, saves the
     * list, takes in what the other window changed, and switches to the profile.
     */
    public CompletableFuture<Profile> save(Profile existing, ProfileDraft draft) {
        Profile profile = existing == null
                ? Profile.saved(draft.name().strip(), draft.provider(), draft.endpointUri(), draft.tenant())
                : existing.withDetails(draft.name().strip(), draft.provider(), draft.endpointUri(), draft.tenant());
        String token = draft.token();
        List<Profile> mine = List.copyOf(profiles);
        return services.tokens().thenApplyAsync(store -> saveProfiles(mine, saved -> {
            List<Profile> changed = ProfileStore.put(saved, profile);
            if (token != null && !token.isBlank()) {
                store.put(profile.id(), ApiToken.of(token));
            }
            return changed;
        }), services.work().executor()).thenApplyAsync(saved -> {
            int at = existing == null ? -1 : profiles.indexOf(existing);
            if (at >= 0) {
                profiles.set(at, profile);
            } else {
                profiles.add(profile);
            }
            adopt(saved);
            switchTo(profile);
            return profile;
        }, fx);
    }

    /** Removes a profile and its keychain entries; the first remaining profile becomes active. */
    public CompletableFuture<Void> remove(Profile profile) {
        profiles.remove(profile);
        if (active.get() == profile && !profiles.isEmpty()) {
            switchTo(profiles.get(0));
        }
        List<Profile> mine = List.copyOf(profiles);
        return services.tokens().thenApplyAsync(store -> {
            List<Profile> saved = saveProfiles(mine, list -> ProfileStore.without(list, profile.id()));
            store.delete(profile.id());
            store.delete(dev.weft.service.S3KeyCache.entryFor(profile.id())); // the storage key kept for the command line
            deleteDrafts(profile);
            return saved;
        }, services.work().executor()).thenAcceptAsync(this::adopt, fx).whenComplete((done, failure) -> {
            if (failure != null) {
                fx.execute(() -> reportError(failure));
            }
        });
    }

    /** The removed profile's policy drafts, which nothing would offer again; one that cannot go is left, not a failure. */
    private void deleteDrafts(Profile profile) {
        try {
            new dev.weft.service.DraftStore(services.configDir()).deleteAll(profile.id());
        } catch (java.io.IOException leftBehind) {
            // a stray file in Weft's own folder, holding no secret
        }
    }

    /** Takes in profiles another Weft window added, changed or removed since; the file is read on the worker. */
    public CompletableFuture<Void> reloadProfiles() {
        return services.work().supply(() -> services.profileStore().read())
                .thenAcceptAsync(saved -> saved.ifPresent(this::adopt), fx);
    }

    /** Tries a profile as drafted, with a cheap read; completes with a sentence saying how it went. */
    public CompletableFuture<String> testConnection(Profile existing, ProfileDraft draft) {
        boolean sandbox = existing != null && existing.isSandbox();
        Optional<String> unusable = sandbox ? Optional.empty() : draft.validate(List.of(), false).stream()
                .filter(v -> v.field().equals("endpoint") || v.field().equals("tenant")).map(dev.weft.api.FieldViolation::description).findFirst();
        if (unusable.isPresent()) {
            return CompletableFuture.completedFuture("Failed: " + unusable.get());
        }
        // The endpoint, provider and tenant as typed; an edited profile's stored token, found by its id, unless one is typed.
        Profile probe = sandbox ? existing : existing != null
                ? existing.withDetails(existing.name(), draft.provider(), draft.endpointUri(), draft.tenant())
                : Profile.saved("test", draft.provider(), draft.endpointUri(), draft.tenant());
        String typed = draft.token();
        return services.tokens().thenCompose(store -> services.work().submit(() -> {
            if (typed != null && !typed.isBlank()) {
                return services.sessions().openWith(probe, ApiToken.of(typed));
            }
            return existing != null ? services.sessions().open(probe) : services.sessions().openWith(probe, null);
        })).thenCompose(s -> services.work().submit(() -> s.isCoreWeave()
                ? s.cks().list().thenApply(cs -> "Connected: the token works (" + dev.weft.domain.Sizes.count(cs.size(), "cluster", "clusters") + ").")
                : s.kupe().list().thenApply(cs -> "Connected: the token works (" + dev.weft.domain.Sizes.count(cs.size(), "cluster", "clusters") + " in "
                        + s.profile().tenant() + ").")))
                .exceptionally(failure -> "Failed: " + ErrorPresenter.sentence(failure));
    }

    /** Blocking: changes the profiles file, starting from this window's list when there is no file yet. */
    private List<Profile> saveProfiles(List<Profile> mine, java.util.function.UnaryOperator<List<Profile>> change) {
        try {
            return services.profileStore().update(mine, change);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not save your profiles: " + e.getMessage(), e);
        }
    }

    /**
     * Takes in the profiles as saved, which another Weft window may have added to, changed or removed from.
     * The open profile and the environment's (never saved) stay; unchanged profiles keep their objects.
     */
    private void adopt(List<Profile> saved) {
        Map<String, Profile> byId = new java.util.HashMap<>();
        saved.forEach(p -> byId.put(p.id(), p));
        profiles.removeIf(p -> p.kind() != Profile.Kind.ENVIRONMENT && p != active.get() && !byId.containsKey(p.id()));
        for (int i = 0; i < profiles.size(); i++) {
            Profile now = byId.remove(profiles.get(i).id());
            if (now != null && !now.equals(profiles.get(i)) && profiles.get(i) != active.get()) {
                profiles.set(i, now);
            }
        }
        saved.stream().filter(p -> byId.containsKey(p.id())).forEach(profiles::add);
    }

    public void dismissNotice() {
        updateState(uiState.withSandboxNoticeDismissed(true));
        updateNotice();
    }

    private void updateNotice() {
        Profile p = active.get();
        boolean show = p != null && p.isSandbox() && !Boolean.TRUE.equals(uiState.sandboxNoticeDismissed());
        notice.set(show ? SANDBOX_NOTICE : "");
    }

    public void updateState(UiState next) {
        uiState = next;
        persist.accept(next);
    }

    public UiState uiState() {
        return uiState;
    }

    public CompletableFuture<TokenStore> tokenStore() {
        return services.tokens();
    }

    public ObservableList<Profile> profiles() {
        return profiles;
    }

    public ObjectProperty<Profile> activeProperty() {
        return active;
    }

    public ObjectProperty<Session> sessionProperty() {
        return session;
    }

    public StringProperty endpointTextProperty() {
        return endpointText;
    }

    public IntegerProperty inFlightProperty() {
        return inFlight;
    }

    /** What the requests in flight are, for the status bar's tooltip: asked when it opens. */
    public java.util.List<String> requestsWaiting() {
        return services.requestsWaiting();
    }

    /** The requests finished since Weft started, newest first, for the requests window. */
    public java.util.List<dev.weft.service.RequestHistory.Entry> requestsFinished() {
        return services.requestsFinished();
    }

    public ObjectProperty<LastRefresh> lastRefreshProperty() {
        return lastRefresh;
    }

    public ObjectProperty<Throwable> lastErrorProperty() {
        return lastError;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    /**
     * The window's settings could not be written: said once in the problem notice (each change tries again, and
     * would bring back a notice the user dismissed), and only when no other problem is shown.
     */
    public void settingsNotSaved(String why) {
        if (!settingsProblemSaid && problem.get().isEmpty()) {
            settingsProblemSaid = true;
            problem.set("The window's settings are not being saved: " + why
                    + ". Its size, tabs, columns and theme will be as before when Weft starts again.");
        }
    }

    private boolean settingsProblemSaid;

    public StringProperty problemProperty() {
        return problem;
    }

    public AccessKeysViewModel accessKeys() {
        return (AccessKeysViewModel) tabs.get(1);
    }

    public PoliciesViewModel policies() {
        return (PoliciesViewModel) tabs.get(2);
    }

    public BucketsViewModel buckets() {
        return (BucketsViewModel) tabs.get(3);
    }

    public ClustersViewModel clusters() {
        return (ClustersViewModel) tabs.get(0);
    }

    public List<TabViewModel<?>> tabs() {
        return tabs;
    }
}
