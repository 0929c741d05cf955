package dev.weft.ui.tabs;

import dev.weft.service.BackgroundWork;
import dev.weft.service.Session;
import dev.weft.ui.common.ErrorPresenter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What every tab's ViewModel shares: a state (loading, ready, failed, not for this profile), a
 * one-line summary, and a refresh that loads on the service executor and applies the result on
 * the FX executor; {@link #show} puts the result into the tab's own properties.
 */
public abstract class TabViewModel<T> {
    public enum State { IDLE, LOADING, READY, FAILED, UNAVAILABLE }

    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.IDLE);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BackgroundWork work;
    private final Executor fx;
    /** Which refresh is current: an older one that finishes late (after a profile switch) is dropped. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final javafx.beans.property.BooleanProperty shown = new javafx.beans.property.SimpleBooleanProperty(true);
    private boolean searchChangedOutOfSight;
    /** The session whose rows the summary counts: another profile's count is not kept while this one loads or fails. */
    private Session summarized;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Session> sessionShown = new javafx.beans.property.ReadOnlyObjectWrapper<>();

    protected TabViewModel(BackgroundWork work, Executor fx) {
        this.work = work;
        this.fx = fx;
    }

    public abstract String title();

    /** The Git work tree a secret written to {@code file} would land in, unignored; asked on the service executor. */
    public CompletableFuture<java.util.Optional<java.nio.file.Path>> gitWorkTreeTaking(java.nio.file.Path file) {
        return work.supply(() -> dev.weft.service.GitWorkTree.taking(file));
    }

    /** Whether the tab is on screen; the window sets it. True until told otherwise. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return shown;
    }

    /**
     * Runs {@code filter} when the search text changes while the tab is shown, and once when the tab
     * is shown again after a change: with large lists, filtering the three tabs out of sight on every
     * keystroke would cost the one in sight its speed.
     */
    protected void followSearch(javafx.beans.value.ObservableValue<String> search, Runnable filter) {
        search.addListener(o -> {
            if (shown.get()) {
                filter.run();
            } else {
                searchChangedOutOfSight = true;
            }
        });
        shown.addListener((o, was, now) -> {
            if (now && searchChangedOutOfSight) {
                searchChangedOutOfSight = false;
                filter.run();
            }
        });
    }

    /** For the storage tabs: null for a CoreWeave profile, else why the tab has nothing here. */
    protected static String coreWeaveOnly(Session session, String what) {
        return session.isCoreWeave() ? null
                : what + " belong to CoreWeave AI Object Storage. Switch to a CoreWeave profile to see them.";
    }

    /** Why this tab has nothing for the session's profile, or null when it applies. */
    protected abstract String unavailableReason(Session session);

    /** Loads the tab's data; runs on the service executor. */
    protected abstract CompletableFuture<T> load(Session session);

    /** Shows what {@link #load} found, on the FX executor; returns the tab's one-line summary. */
    protected abstract String show(T result, Session session);

    /**
     * Refreshes for the session. Completes once the result is shown in the tab; exceptionally, with
     * the cause, when loading failed, so the shell can report it (and ask for a token on a 401).
     */
    public CompletableFuture<Void> refresh(Session session) {
        sessionShown.set(session);
        String reason = unavailableReason(session);
        if (reason != null) {
            generation.incrementAndGet(); // the last profile's load, still on its way, is not to be shown here
            state.set(State.UNAVAILABLE);
            summary.set(reason);
            summarized = null; // counts no session's rows now, and holds none the user has left
            return CompletableFuture.completedFuture(null);
        }
        if (session != summarized) {
            summary.set("");
        }
        state.set(State.LOADING);
        long mine = generation.incrementAndGet();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        work.submit(() -> load(session)).whenCompleteAsync((text, failure) -> {
            if (mine != generation.get()) {
                shown.complete(null);
                return;
            }
            if (failure == null) {
                summary.set(show(text, session));
                summarized = session;
                error.set("");
                state.set(State.READY);
            } else {
                error.set(sentence(failure, session));
                state.set(State.FAILED);
            }
            if (failure == null) {
                shown.complete(null);
            } else {
                shown.completeExceptionally(ErrorPresenter.unwrap(failure));
            }
        }, fx);
        return shown;
    }

    /**
     * Why the load failed, in words. The Environment profile's token is its variable's: the words for a saved profile
     * ("replace the token in this profile") would send the user to a dialog that profile does not open.
     */
    private static String sentence(Throwable failure, Session s) {
        if (ErrorPresenter.unwrap(failure) instanceof dev.weft.api.ApiException a && a.isUnauthorized()
                && s.profile().kind() == dev.weft.profiles.Profile.Kind.ENVIRONMENT) {
            return "The API token in " + s.profile().provider().tokenVariable + " was not accepted. Set a new one there "
                    + "and start Weft again.";
        }
        return ErrorPresenter.sentence(failure);
    }

    /**
     * Refreshes for {@code s} when the tab still shows it: a change sent from a profile the user has left since ends
     * without taking the tab back to that profile.
     */
    protected CompletableFuture<Void> refreshIfShown(Session s) {
        return sessionShown.get() == s ? refresh(s) : CompletableFuture.completedFuture(null);
    }

    /** Says the summary again, when what it counts changed without a refresh (and it still counts the rows shown). */
    protected void resummarize(String text) {
        if (summarized != null && summarized == sessionShown.get()) {
            summary.set(text);
        }
    }

    /**
     * The session (a profile, signed in) the tab shows, changed as the tab is first refreshed for another: what
     * the user set or was answered for the last one's organization is not to be taken for this one's.
     */
    public ReadOnlyObjectProperty<Session> sessionShownProperty() {
        return sessionShown.getReadOnlyProperty();
    }

    /** Whether the profile shown is Weft's local sandbox, whose samples (clusters, keys) no outside tool can reach. */
    public boolean sandbox() {
        Session s = sessionShown.get();
        return s != null && s.profile().isSandbox();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
